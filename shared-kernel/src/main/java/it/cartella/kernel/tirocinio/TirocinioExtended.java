package it.cartella.kernel.tirocinio;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * The planned end moved. {@code beyond24Months} says, without the personal justification, that the extension
 * passed the national limit, so the statistics can count justified extensions after erasure.
 */
public record TirocinioExtended(
        TirocinioId tirocinioId,
        @DataSubject PersonId trainee,
        LocalDate previousPlannedEnd,
        LocalDate newPlannedEnd,
        boolean beyond24Months,
        @PersonalData(SOCIAL) String justification) {

    public TirocinioExtended {
        Require.present(tirocinioId, "tirocinioId");
        Require.present(trainee, "trainee");
        Require.present(previousPlannedEnd, "previousPlannedEnd");
        Require.present(newPlannedEnd, "newPlannedEnd");
    }
}
