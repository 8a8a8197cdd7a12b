package it.cartella.kernel.discharge;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.InterventionId;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * States that the care package is in place: the interventions (activated on their own aggregates) and the moment
 * the package became active. The package must be active within 72 hours of discharge; the deadline engine
 * watches that, this command records the fact.
 */
public record ActivateDischargeCare(
        @TargetAggregate DischargeId dischargeId,
        List<InterventionId> interventions,
        Instant activeSince) {

    public ActivateDischargeCare {
        Require.present(dischargeId, "dischargeId");
        Require.present(interventions, "interventions");
        if (interventions.isEmpty()) {
            throw DomainException.invalid("interventions", "CARE_PACKAGE_EMPTY",
                    "Il pacchetto di cura deve comprendere almeno un intervento.",
                    "The care package must include at least one intervention.");
        }
        if (new HashSet<>(interventions).size() != interventions.size()) {
            throw DomainException.invalid("interventions", "INTERVENTION_LISTED_TWICE",
                    "Un intervento compare due volte.", "An intervention is listed twice.");
        }
        interventions = List.copyOf(interventions);
        Require.pastInstant(activeSince, "activeSince");
    }
}
