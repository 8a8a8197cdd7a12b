package it.cartella.app.persons;

import it.cartella.app.command.CommandAnswer;
import it.cartella.kernel.id.PersonId;

/** The answer to a command on a person: the id, also in the Location header. */
public record PersonRef(String personId) {

    static CommandAnswer<PersonRef> created(PersonId personId) {
        return CommandAnswer.created("/api/persons/" + personId.value() + "/history", new PersonRef(personId.value()));
    }

    static CommandAnswer<PersonRef> changed(PersonId personId) {
        return CommandAnswer.ok("/api/persons/" + personId.value() + "/history", new PersonRef(personId.value()));
    }
}
