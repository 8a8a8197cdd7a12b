package it.cartella.kernel.person;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.privacy.DataSubject;

/**
 * A person was erased: their key is destroyed, and every read model replaces what it copied of them with
 * {@link #ERASED}. Pseudonymous facts (birth year, sex, Comune, services) stay, so statistics do not change.
 */
public record PersonErased(@DataSubject PersonId personId, String reason, UserId erasedBy) {

    /** What a read model shows in place of an erased person's data. */
    public static final String ERASED = "[dato cancellato]";

    public PersonErased {
        Require.present(personId, "personId");
        Require.present(reason, "reason");
    }
}
