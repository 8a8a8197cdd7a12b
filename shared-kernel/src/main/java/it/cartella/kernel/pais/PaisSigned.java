package it.cartella.kernel.pais;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;

import java.time.LocalDate;
import java.util.List;

/**
 * Version {@code version} of the plan was signed and is in force from {@code signedOn}.
 *
 * @param monitoringDates the signed version's monitoring schedule, stated here so the deadline engine can watch it
 *                        from this event alone; empty in events recorded before it was added
 */
public record PaisSigned(
        PaisId paisId,
        CaseId caseId,
        @DataSubject PersonId beneficiary,
        PlanKind kind,
        int version,
        LocalDate signedOn,
        List<Signatory> signatories,
        List<LocalDate> monitoringDates) {

    public PaisSigned {
        Require.present(paisId, "paisId");
        Require.present(caseId, "caseId");
        Require.present(beneficiary, "beneficiary");
        Require.present(kind, "kind");
        Require.present(signedOn, "signedOn");
        signatories = List.copyOf(Require.present(signatories, "signatories"));
        monitoringDates = monitoringDates == null ? List.of() : List.copyOf(monitoringDates);
    }

    /** A signature of a plan with no monitoring schedule. */
    public PaisSigned(PaisId paisId, CaseId caseId, PersonId beneficiary, PlanKind kind, int version,
                      LocalDate signedOn, List<Signatory> signatories) {
        this(paisId, caseId, beneficiary, kind, version, signedOn, signatories, List.of());
    }
}
