package it.cartella.app.web;

import it.cartella.kernel.privacy.PersonalDataCategory;

import java.util.List;
import java.util.Set;

/**
 * A read-model row as a page may show it to one reader: the fields of categories not granted are emptied (they
 * never reach the template), {@code hidden} names them so that the page puts the "withheld" marker in their place,
 * and {@code withheld} names their categories.
 */
public record Shown<T>(T value, Set<String> hidden, List<PersonalDataCategory> withheld) {

    public Shown {
        hidden = Set.copyOf(hidden);
        withheld = List.copyOf(withheld);
    }

    public boolean hides(String field) {
        return hidden.contains(field);
    }

    public boolean withholdsAny() {
        return !withheld.isEmpty();
    }
}
