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
 * A person was registered: the fields of {@link RegisterPerson}, plus the birth year in clear. Erasing a person
 * destroys the key of the annotated fields; birth year, sex and Comune stay, pseudonymous, for the statistics the
 * Region asks for (age bands per Comune).
 * <p>
 * Like every event, it checks only what is not personal data: after erasure the annotated fields read back empty,
 * and the event must still load.
 */
public record PersonRegistered(
        @DataSubject PersonId personId,
        @PersonalData(IDENTIFYING) CodiceFiscale codiceFiscale,
        @PersonalData(IDENTIFYING) String firstName,
        @PersonalData(IDENTIFYING) String lastName,
        @PersonalData(IDENTIFYING) LocalDate birthDate,
        Sex sex,
        IstatCode residenceComune,
        @PersonalData(IDENTIFYING) ProvisionalCode provisionalCode,
        @PersonalData(IDENTIFYING) String citizenship,
        @PersonalData(CONTACT) ContactDetails contactDetails,
        int birthYear) {

    public PersonRegistered {
        Require.present(personId, "personId");
        Require.present(sex, "sex");
    }

    public static PersonRegistered from(RegisterPerson command) {
        return new PersonRegistered(command.personId(), command.codiceFiscale(), command.firstName(),
                command.lastName(), command.birthDate(), command.sex(), command.residenceComune(),
                command.provisionalCode(), command.citizenship(),
                command.contactDetails(), command.birthDate().getYear());
    }
}
