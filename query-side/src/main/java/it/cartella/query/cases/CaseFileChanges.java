package it.cartella.query.cases;

import it.cartella.kernel.cases.AssessmentRecorded;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseManagerAssigned;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.CaseReopened;
import it.cartella.kernel.cases.CaseTransferred;
import it.cartella.kernel.cases.MonitoringRecorded;
import it.cartella.kernel.cases.NoteRecorded;
import it.cartella.kernel.cases.TeamFormed;
import it.cartella.kernel.cases.TeamMeetingRecorded;
import it.cartella.kernel.contact.ContactLinked;
import it.cartella.kernel.discharge.DischargeCareActivated;
import it.cartella.kernel.discharge.HospitalDischargeRecorded;
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

/**
 * How each event changes a case file: the projection decides whether it applies and stores the result; an audit
 * replay ({@link CaseFileReplay}) applies the events of one case, in order, to a file in memory.
 */
final class CaseFileChanges {

    /**
     * Applies an event of the case or of a record linked to it; false for an event that changes no case file.
     * The caller makes sure the event concerns this file.
     */
    boolean apply(CaseFile file, Object event) {
        if (event instanceof CaseOpened e) {
            opened(file, e);
        } else if (event instanceof CaseManagerAssigned e) {
            assigned(file, e);
        } else if (event instanceof AssessmentRecorded e) {
            assessed(file, e);
        } else if (event instanceof TeamFormed e) {
            teamFormed(file, e);
        } else if (event instanceof TeamMeetingRecorded e) {
            teamMet(file, e);
        } else if (event instanceof MonitoringRecorded e) {
            monitored(file, e);
        } else if (event instanceof NoteRecorded e) {
            noted(file, e);
        } else if (event instanceof CaseClosed e) {
            closed(file, e);
        } else if (event instanceof CaseReopened e) {
            reopened(file, e);
        } else if (event instanceof CaseTransferred e) {
            transferred(file, e);
        } else {
            return applyToRecord(file, event);
        }
        return true;
    }

    private boolean applyToRecord(CaseFile file, Object event) {
        if (event instanceof PaisDrafted e) {
            drafted(file, e);
        } else if (event instanceof PaisSigned e) {
            signed(file, e);
        } else if (event instanceof InterventionActivated e) {
            activated(file, e);
        } else if (event instanceof DeliveryRecorded e) {
            delivered(file, e);
        } else if (event instanceof InterventionEnded e) {
            ended(file, e);
        } else if (event instanceof TirocinioActivated e) {
            activated(file, e);
        } else if (event instanceof TirocinioAttendanceRecorded e) {
            attended(file, e);
        } else if (event instanceof TirocinioExtended e) {
            extended(file, e);
        } else if (event instanceof TirocinioCompleted e) {
            completed(file, e);
        } else if (event instanceof TirocinioInterrupted e) {
            interrupted(file, e);
        } else if (event instanceof ProtectedDischargeStarted e) {
            started(file, e);
        } else if (event instanceof HospitalDischargeRecorded e) {
            discharged(file, e);
        } else if (event instanceof DischargeCareActivated e) {
            careActivated(file, e);
        } else if (event instanceof ReadmissionRecorded e) {
            readmission(file, e);
        } else if (event instanceof ContactLinked e) {
            contactLinked(file, e);
        } else {
            return false;
        }
        return true;
    }

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

    void assigned(CaseFile file, CaseManagerAssigned e) {
        file.caseManager = e.caseManager().value();
    }

    void assessed(CaseFile file, AssessmentRecorded e) {
        file.assessments.add(new CaseFile.Assessment(e.kind().name(), e.instrument(), e.assessedOn(), e.result(),
                e.participants()));
    }

    void teamFormed(CaseFile file, TeamFormed e) {
        file.team = List.copyOf(e.members());
    }

    void teamMet(CaseFile file, TeamMeetingRecorded e) {
        file.teamMeetings.add(new CaseFile.TeamMeeting(e.heldOn(), e.attendees(), e.decisions()));
    }

    void monitored(CaseFile file, MonitoringRecorded e) {
        file.monitoring.add(new CaseFile.Monitoring(e.step(), e.monitoredOn(), e.scores(), e.notes()));
    }

    void noted(CaseFile file, NoteRecorded e) {
        file.notesCount++;
    }

    void reopened(CaseFile file, CaseReopened e) {
        file.status = CaseStatus.OPEN;
        file.closure = null;
    }

    void contactLinked(CaseFile file, ContactLinked e) {
        if (!file.contacts.contains(e.contactId().value())) {
            file.contacts.add(e.contactId().value());
        }
    }

    void discharged(CaseFile file, HospitalDischargeRecorded e) {
        discharge(file, e.dischargeId().value()).dischargedAt = e.dischargedAt();
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
