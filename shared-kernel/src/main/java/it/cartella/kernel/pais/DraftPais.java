package it.cartella.kernel.pais;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * Writes the draft of a plan: creates the plan, rewrites its pending draft, or, once a version is signed, starts
 * the next version's draft. Every draft states the whole content, so each event is the plan as it stood.
 * A draft may be incomplete (no objective yet); signing it may not.
 *
 * @param caseId          the case the plan belongs to
 * @param beneficiary     the person the plan is for (for a household plan, the case's reference person)
 * @param monitoringDates when progress will be checked (<i>tappe periodiche di monitoraggio</i>)
 */
public record DraftPais(
        @TargetAggregate PaisId paisId,
        CaseId caseId,
        @DataSubject PersonId beneficiary,
        PlanKind kind,
        @PersonalData(SOCIAL) List<Objective> objectives,
        @PersonalData(SOCIAL) List<Commitment> commitments,
        List<Support> supports,
        List<LocalDate> monitoringDates) {

    public DraftPais {
        Require.present(paisId, "paisId");
        Require.present(caseId, "caseId");
        Require.present(beneficiary, "beneficiary");
        Require.present(kind, "kind");
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        supports = supports == null ? List.of() : List.copyOf(supports);
        monitoringDates = monitoringDates == null ? List.of() : List.copyOf(monitoringDates);
    }
}
