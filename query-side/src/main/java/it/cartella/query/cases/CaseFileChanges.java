package it.cartella.query.cases;

import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.CaseTransferred;
import it.cartella.kernel.discharge.DischargeCareActivated;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.discharge.ReadmissionRecorded;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.intervention.DeliveryRecorded;
import it.cartella.kernel.intervention.InterventionActivated;
import it.cartella.kernel.intervention.InterventionEnded;
import it.cartella.kernel.pais.PaisDrafted;
import it.cartella.kernel.pais.PaisSigned;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import it.cartella.kernel.tirocinio.TirocinioAttendanceRecorded;
import it.cartella.kernel.tirocinio.TirocinioCompleted;
import it.cartella.kernel.tirocinio.TirocinioExtended;
import it.cartella.kernel.tirocinio.TirocinioInterrupted;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** How each event changes a case file; the projection decides whether it applies. */
final class CaseFileChanges {

    void opened(CaseFile file, CaseOpened e) {
        file.personId = e.personId().value();
        file.householdId = e.householdId() == null ? null : e.householdId().value();
        file.owningOrganisation = e.owningOrganisation().value();
        file.residenceComune = e.residenceComune().value();
        file.macroArea = e.macroArea().code();
        file.channel = e.channel().name();
        file.activationMode = e.activationMode().name();
        file.caseManager = e.caseManager().value();
        file.openedOn = e.openedOn();
        file.involved.add(file.personId);
    }

    void closed(CaseFile file, CaseClosed e) {
        file.status = CaseStatus.CLOSED;
        file.closure = new CaseFile.Closure(e.outcome().code(), e.beneficiaryRating().name(),
                e.operatorRating().name(), e.closedOn(), e.notes());
    }

    void transferred(CaseFile file, CaseTransferred e) {
        file.owningOrganisation = e.toOrganisation().value();
        file.residenceComune = e.toResidenceComune().value();
        file.caseManager = e.newCaseManager() == null ? null : e.newCaseManager().value();
    }

    void drafted(CaseFile file, PaisDrafted e) {
        CaseFile.Plan plan = plan(file, e.paisId().value());
        plan.kind = e.kind().name();
        plan.beneficiary = e.beneficiary().value();
        plan.version = e.version();
        plan.status = plan.signedVersion == null ? CaseFile.PlanStatus.DRAFT : CaseFile.PlanStatus.SIGNED_WITH_NEW_DRAFT;
        plan.objectives = e.objectives();
        plan.commitments = e.commitments();
        plan.supports = e.supports();
        plan.monitoringDates = e.monitoringDates();
        file.involved.add(plan.beneficiary);
        e.commitments().forEach(c -> file.involved.add(c.member().value()));
    }

    void signed(CaseFile file, PaisSigned e) {
        CaseFile.Plan plan = plan(file, e.paisId().value());
        plan.status = CaseFile.PlanStatus.SIGNED;
        plan.signedVersion = e.version();
        plan.signedOn = e.signedOn();
        plan.signatures.add(new CaseFile.Signature(e.version(), e.signedOn(), e.signatories()));
    }

    void activated(CaseFile file, InterventionActivated e) {
        CaseFile.Intervention i = intervention(file, e.interventionId());
        i.beneficiary = e.beneficiary().value();
        i.service = e.service().code();
        i.provider = e.provider().value();
        i.funding = e.funding().code();
        i.start = e.start();
        i.plannedEnd = e.plannedEnd();
        i.plannedHours = e.plannedHours();
        i.plannedAmount = e.plannedAmount();
        file.involved.add(i.beneficiary);
    }

    void delivered(CaseFile file, DeliveryRecorded e) {
        CaseFile.Intervention i = intervention(file, e.interventionId());
        i.deliveries++;
        i.hoursDelivered = add(i.hoursDelivered, e.hours());
        i.amountDelivered = add(i.amountDelivered, e.amount());
    }

    void ended(CaseFile file, InterventionEnded e) {
        CaseFile.Intervention i = intervention(file, e.interventionId());
        i.endedOn = e.endedOn();
        i.outcome = e.outcome().code();
    }

    void activated(CaseFile file, TirocinioActivated e) {
        CaseFile.Tirocinio t = tirocinio(file, e.tirocinioId().value());
        t.trainee = e.trainee().value();
        t.promoter = e.promoter() == null ? null : e.promoter().value();
        t.hostOrganisation = e.hostOrganisation() == null ? null : e.hostOrganisation().value();
        t.hostTutor = e.hostTutor();
        t.serviceTutor = e.serviceTutor() == null ? null : e.serviceTutor().value();
        t.start = e.start();
        t.plannedEnd = e.plannedEnd();
        t.weeklyHours = e.weeklyHours();
        t.monthlyIndemnity = e.monthlyIndemnity();
        t.indemnityFunding = e.indemnityFunding() == null ? null : e.indemnityFunding().code();
        file.involved.add(t.trainee);
    }

    void attended(CaseFile file, TirocinioAttendanceRecorded e) {
        CaseFile.Tirocinio t = tirocinio(file, e.tirocinioId().value());
        t.attendance.removeIf(a -> a.month().equals(e.month()));  // the latest record of a month counts
        t.attendance.add(new CaseFile.Attendance(e.month(), e.hoursAttended(), e.indemnityPaid()));
        t.attendance.sort((a, b) -> a.month().compareTo(b.month()));
    }

    void extended(CaseFile file, TirocinioExtended e) {
        CaseFile.Tirocinio t = tirocinio(file, e.tirocinioId().value());
        t.plannedEnd = e.newPlannedEnd();
        t.extensions++;
        t.beyond24Months = t.beyond24Months || e.beyond24Months();
    }

    void completed(CaseFile file, TirocinioCompleted e) {
        CaseFile.Tirocinio t = tirocinio(file, e.tirocinioId().value());
        t.endedOn = e.endedOn();
        t.outcome = e.outcome().name();
    }

    void interrupted(CaseFile file, TirocinioInterrupted e) {
        CaseFile.Tirocinio t = tirocinio(file, e.tirocinioId().value());
        t.endedOn = e.interruptedOn();
        t.outcome = "INTERRUPTED";
        t.interruptionReason = e.reason().name();
    }

    void started(CaseFile file, ProtectedDischargeStarted e) {
        CaseFile.Discharge d = discharge(file, e.dischargeId().value());
        d.patient = e.patient().value();
        d.hospital = e.hospital().value();
        d.ward = e.ward();
        d.admittedOn = e.admittedOn();
        d.expectedDischargeOn = e.expectedDischargeOn();
        d.referredAt = e.referredAt();
        file.involved.add(d.patient);
    }

    void careActivated(CaseFile file, DischargeCareActivated e) {
        CaseFile.Discharge d = discharge(file, e.dischargeId().value());
        d.careActiveSince = e.activeSince();
        d.careInterventions = e.interventions().stream().map(InterventionId::value).toList();
    }

    void readmission(CaseFile file, ReadmissionRecorded e) {
        CaseFile.Discharge d = discharge(file, e.dischargeId().value());
        d.readmissionCheckedOn = e.checkedOn();
        d.readmittedOn = e.readmittedOn();
        d.readmittedWithinSixMonths = e.readmittedWithinSixMonths();
    }

    CaseFile.Discharge discharge(CaseFile file, String dischargeId) {
        CaseFile.Discharge d = find(file.discharges, x -> x.dischargeId, dischargeId, CaseFile.Discharge::new);
        d.dischargeId = dischargeId;
        return d;
    }

    private static CaseFile.Plan plan(CaseFile file, String paisId) {
        CaseFile.Plan plan = find(file.plans, p -> p.paisId, paisId, CaseFile.Plan::new);
        plan.paisId = paisId;
        return plan;
    }

    private static CaseFile.Intervention intervention(CaseFile file, InterventionId id) {
        CaseFile.Intervention i = find(file.interventions, x -> x.interventionId, id.value(),
                CaseFile.Intervention::new);
        i.interventionId = id.value();
        return i;
    }

    private static CaseFile.Tirocinio tirocinio(CaseFile file, String tirocinioId) {
        CaseFile.Tirocinio t = find(file.tirocini, x -> x.tirocinioId, tirocinioId, CaseFile.Tirocinio::new);
        t.tirocinioId = tirocinioId;
        return t;
    }

    /** The entry with this id, added at the end when there is none yet. */
    private static <T> T find(List<T> entries, Function<T, String> id, String value, Supplier<T> create) {
        for (T entry : entries) {
            if (value.equals(id.apply(entry))) {
                return entry;
            }
        }
        T created = create.get();
        entries.add(created);
        return created;
    }

    private static BigDecimal add(BigDecimal total, BigDecimal more) {
        return more == null ? total : total.add(more);
    }
}
