package it.cartella.kernel.person;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;
import it.cartella.kernel.territory.IstatCode;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.CONTACT;
import static it.cartella.kernel.privacy.PersonalDataCategory.IDENTIFYING;

/**
 * Registers a person, identified either by a codice fiscale or, when the person has none or will not give it, by a
 * provisional code, which states the reason. The codice fiscale must encode the birth date and sex given: a mismatch is
 * almost always a typing error in one of them, and a wrong codice fiscale defeats the duplicate check.
 *
 * @param residenceComune the Comune of registered residence; null for a person without one (a foreigner without
 *                        a permit, a homeless person not yet given a notional residence)
 * @param provisionalCode only when {@code codiceFiscale} is null
 * @param citizenship     ISO 3166-1 alpha-2 country code (IT, MA, UA...); null when unknown or stateless
 * @param contactDetails  optional
 */
public record RegisterPerson(
        @DataSubject PersonId personId,
        @PersonalData(IDENTIFYING) CodiceFiscale codiceFiscale,
        @PersonalData(IDENTIFYING) String firstName,
        @PersonalData(IDENTIFYING) String lastName,
        @PersonalData(IDENTIFYING) LocalDate birthDate,
        Sex sex,
        IstatCode residenceComune,
        @PersonalData(IDENTIFYING) ProvisionalCode provisionalCode,
        @PersonalData(IDENTIFYING) String citizenship,
        @PersonalData(CONTACT) ContactDetails contactDetails) {

    public RegisterPerson {
        Require.present(personId, "personId");
        firstName = Require.text(firstName, "firstName");
        lastName = Require.text(lastName, "lastName");
        Require.comune(residenceComune, "residenceComune");
        citizenship = IdentityRules.citizenship(citizenship);
        IdentityRules.requireConsistent(codiceFiscale, provisionalCode, birthDate, sex);
    }

    /** A person identified by codice fiscale, the usual case. */
    public RegisterPerson(PersonId personId, CodiceFiscale codiceFiscale, String firstName, String lastName,
                          LocalDate birthDate, Sex sex, IstatCode residenceComune) {
        this(personId, codiceFiscale, firstName, lastName, birthDate, sex, residenceComune, null, null, null);
    }
}
