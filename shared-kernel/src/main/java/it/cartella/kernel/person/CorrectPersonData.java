package it.cartella.kernel.person;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.CONTACT;
import static it.cartella.kernel.privacy.PersonalDataCategory.IDENTIFYING;

/**
 * Corrects a person's identity and contacts, restating all of them, so the same rules as at registration hold
 * on the result (a codice fiscale that matches birth date and sex). The usual corrections: a typing error, or a
 * person known by a provisional code who now has a codice fiscale. A new codice fiscale is checked against every
 * other person. The residence changes by {@link ChangeResidence}, with its effective date.
 */
public record CorrectPersonData(
        @TargetAggregate @DataSubject PersonId personId,
        @PersonalData(IDENTIFYING) CodiceFiscale codiceFiscale,
        @PersonalData(IDENTIFYING) String firstName,
        @PersonalData(IDENTIFYING) String lastName,
        @PersonalData(IDENTIFYING) LocalDate birthDate,
        Sex sex,
        @PersonalData(IDENTIFYING) ProvisionalCode provisionalCode,
        @PersonalData(IDENTIFYING) String citizenship,
        @PersonalData(CONTACT) ContactDetails contactDetails) {

    public CorrectPersonData {
        Require.present(personId, "personId");
        firstName = Require.text(firstName, "firstName");
        lastName = Require.text(lastName, "lastName");
        citizenship = IdentityRules.citizenship(citizenship);
        IdentityRules.requireConsistent(codiceFiscale, provisionalCode, birthDate, sex);
    }
}
