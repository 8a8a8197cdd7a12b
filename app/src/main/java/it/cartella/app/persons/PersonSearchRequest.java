package it.cartella.app.persons;

import io.swagger.v3.oas.annotations.media.Schema;
import it.cartella.kernel.error.DomainException;

/** What to find a person by: the words a user would type in a form's person picker. */
@Schema(description = "Person search: words matching the start of the first or last name or of the codice fiscale")
record PersonSearchRequest(@Schema(example = "ross mar") String text) {

    /** The words, or a 400 problem naming {@code text} when they are too few to search by. */
    String words() {
        String words = text == null ? "" : text.strip();
        if (words.length() < PersonFinder.MIN_TERM) {
            throw DomainException.invalid("text", "PERSON_SEARCH_TOO_SHORT",
                    "Scrivere almeno " + PersonFinder.MIN_TERM + " caratteri del nome, del cognome o del codice fiscale.",
                    "Type at least " + PersonFinder.MIN_TERM + " characters of the name, surname or codice fiscale.");
        }
        return words;
    }
}
