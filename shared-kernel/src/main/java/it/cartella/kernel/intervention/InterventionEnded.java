package it.cartella.kernel.intervention;

import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

public record InterventionEnded(
        InterventionId interventionId,
        @DataSubject PersonId beneficiary,
        LocalDate endedOn,
        OutcomeCode outcome,
        @PersonalData(SOCIAL) String note) {

    public InterventionEnded {
        Require.present(interventionId, "interventionId");
        Require.present(beneficiary, "beneficiary");
        Require.present(endedOn, "endedOn");
        Require.present(outcome, "outcome");
    }
}
