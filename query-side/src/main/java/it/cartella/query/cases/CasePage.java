package it.cartella.query.cases;

import java.util.List;

/**
 * One page of the case list, newest first.
 *
 * @param page  zero-based
 * @param total cases in the whole list
 */
public record CasePage(List<CaseView> items, int page, int size, long total) {

    public CasePage {
        items = List.copyOf(items);
    }
}
