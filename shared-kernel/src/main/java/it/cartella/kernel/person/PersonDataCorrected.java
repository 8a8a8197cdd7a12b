package it.cartella.kernel.person;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.CONTACT;
import static it.cartella.kernel.privacy.PersonalDataCategory.IDENTIFYING;

/**
 * The person's identity and contacts now read so, replacing those registered or last corrected; the birth year
 * in clear as in {@link PersonRegistered}. Personal-data fields are not checked: after erasure they read back empty.
 */
public record PersonDataCorrected(
        @DataSubject PersonId personId,
        @PersonalData(IDENTIFYING) CodiceFiscale codiceFiscale,
        @PersonalData(IDENTIFYING) String firstName,
        @PersonalData(IDENTIFYING) String lastName,
        @PersonalData(IDENTIFYING) LocalDate birthDate,
        Sex sex,
        @PersonalData(IDENTIFYING) ProvisionalCode provisionalCode,
        @PersonalData(IDENTIFYING) String citizenship,
        @PersonalData(CONTACT) ContactDetails contactDetails,
        int birthYear) {

    public PersonDataCorrected {
        Require.present(personId, "personId");
        Require.present(sex, "sex");
    }

    public static PersonDataCorrected from(CorrectPersonData command) {
        return new PersonDataCorrected(command.personId(), command.codiceFiscale(), command.firstName(),
                command.lastName(), command.birthDate(), command.sex(), command.provisionalCode(),
                command.citizenship(), command.contactDetails(), command.birthDate().getYear());
    }
}
