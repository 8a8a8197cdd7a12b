package it.cartella.kernel.pais;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;

/**
 * Who signed: a person of the record (beneficiary, household member, legal representative) by person id, or a
 * professional by user id.
 */
public record Signatory(SignatoryRole role, PersonId person, UserId user) {

    public Signatory {
        Require.present(role, "signatory.role");
        boolean professional = role == SignatoryRole.CASE_MANAGER || role == SignatoryRole.PROFESSIONAL;
        if (professional ? user == null || person != null : person == null || user != null) {
            throw DomainException.invalid("signatory", "SIGNATORY_INVALID",
                    "Chi firma per i servizi si indica come utente, gli altri come persona.",
                    "Professionals sign as users, everybody else as persons.");
        }
    }

    public static Signatory person(SignatoryRole role, PersonId person) {
        return new Signatory(role, person, null);
    }

    public static Signatory professional(SignatoryRole role, UserId user) {
        return new Signatory(role, null, user);
    }
}
