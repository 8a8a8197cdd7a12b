package it.cartella.kernel.discharge;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;

import java.time.Instant;
import java.util.List;

/** The care package became active at {@code activeSince}. */
public record DischargeCareActivated(
        DischargeId dischargeId,
        CaseId caseId,
        @DataSubject PersonId patient,
        List<InterventionId> interventions,
        Instant activeSince) {

    public DischargeCareActivated {
        Require.present(dischargeId, "dischargeId");
        Require.present(caseId, "caseId");
        Require.present(patient, "patient");
        interventions = List.copyOf(Require.present(interventions, "interventions"));
        Require.present(activeSince, "activeSince");
    }
}
