package it.cartella.kernel.adi;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.SflBenefitId;

import java.time.LocalDate;

/** Participation was confirmed; the next confirmation is due 90 days later. */
public record SflParticipationConfirmed(SflBenefitId sflBenefitId, CaseId caseId, LocalDate confirmedOn) {

    public SflParticipationConfirmed {
        Require.present(sflBenefitId, "sflBenefitId");
        Require.present(caseId, "caseId");
        Require.present(confirmedOn, "confirmedOn");
    }
}
