package it.cartella.app.web;

import it.cartella.app.web.FormOptions.Option;
import it.cartella.query.cases.PersonMatch;

import java.util.List;

/**
 * The choices of a person field: the person already chosen, when neither list holds them (a form shown again after a
 * mistake, with a person found by an earlier search), those found by the search, and those the user registered in
 * this session, kept as a shortcut.
 *
 * @param chosen null when the person chosen is in one of the lists, or none is
 */
record PersonChoices(Option chosen, List<Option> found, List<Option> recent) {

    static PersonChoices of(String selected, List<Option> known, List<Option> found, List<Option> recent) {
        Option chosen = null;
        if (selected != null && !selected.isBlank() && !holds(found, selected) && !holds(recent, selected)) {
            chosen = known.stream().filter(o -> o.value().equals(selected)).findFirst()
                    .orElse(new Option(selected, selected));
        }
        return new PersonChoices(chosen, found, recent.stream().filter(o -> !holds(found, o.value())).toList());
    }

    /** As the session's list labels a person: names and codice fiscale, or the birth date for a provisional code. */
    static Option option(PersonMatch person) {
        String names = person.firstName() + " " + person.lastName();
        String key = person.codiceFiscale() != null ? person.codiceFiscale()
                : person.birthDate() != null ? person.birthDate().toString() : person.personId();
        return new Option(person.personId(), names + " (" + key + ")");
    }

    private static boolean holds(List<Option> options, String value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }
}
