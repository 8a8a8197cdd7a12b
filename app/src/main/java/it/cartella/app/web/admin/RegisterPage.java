package it.cartella.app.web.admin;

import java.util.List;

/**
 * One page of an administration register that grows without bound (share grants): the rows shown, which page this
 * is (from 1) and how many rows the register holds, so the page can offer the previous and next pages.
 */
public record RegisterPage<T>(List<T> items, int number, long total) {

    static final int SIZE = 50;

    /** How many pages a register of this many rows fills; an empty register still has one (empty) page. */
    static int pages(long total) {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** The page number asked for in the address; anything that is not a positive number means the first page. */
    static int number(String asked) {
        try {
            return Math.max(1, Integer.parseInt(asked.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    public int pages() {
        return pages(total);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    /** The position of the first row shown, counted from 1, for "rows 51-100 of 430". */
    public long first() {
        return items.isEmpty() ? 0 : (long) (number - 1) * SIZE + 1;
    }

    public long last() {
        return (long) (number - 1) * SIZE + items.size();
    }
}
