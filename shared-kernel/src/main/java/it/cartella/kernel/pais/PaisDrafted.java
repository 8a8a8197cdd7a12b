package it.cartella.kernel.pais;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * The draft of version {@code version} of a plan now reads so; it replaces an earlier draft of the same version.
 * Objectives and commitments are not checked: after erasure they read back empty.
 */
public record PaisDrafted(
        PaisId paisId,
        CaseId caseId,
        @DataSubject PersonId beneficiary,
        PlanKind kind,
        int version,
        @PersonalData(SOCIAL) List<Objective> objectives,
        @PersonalData(SOCIAL) List<Commitment> commitments,
        List<Support> supports,
        List<LocalDate> monitoringDates) {

    public PaisDrafted {
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
