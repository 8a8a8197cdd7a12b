package it.cartella.command.discharge;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.discharge.ActivateDischargeCare;
import it.cartella.kernel.discharge.DischargeCareActivated;
import it.cartella.kernel.discharge.HospitalDischargeRecorded;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.discharge.ReadmissionRecorded;
import it.cartella.kernel.discharge.RecordHospitalDischarge;
import it.cartella.kernel.discharge.RecordReadmission;
import it.cartella.kernel.discharge.StartProtectedDischarge;
import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.deadline.DeadlineOwner;
import it.cartella.kernel.deadline.OwnerType;
import it.cartella.kernel.deadline.RecordMissedDischargeDeadline;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.PersonId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A protected discharge (<i>dimissione protetta</i>): referral from the hospital, the actual discharge, the care
 * package and when it became active, and the readmission check.
 * <p>
 * Its own aggregate, linked to the case: the ASST records on it (discharge, readmission) without touching the
 * case, and the deadline engine watches its two clocks (care within 72 hours of discharge, readmission check at
 * 6 months). The interventions of the package are aggregates of their own, activated first and referenced here.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class ProtectedDischarge {

    @AggregateIdentifier
    private DischargeId dischargeId;
    private CaseId caseId;
    private PersonId patient;
    private LocalDate admittedOn;
    private LocalDate expectedDischargeOn;
    private Instant referredAt;
    private Instant dischargedAt;
    private boolean careActive;
    private boolean readmissionRecorded;
    private final Set<String> missedDeadlines = new HashSet<>();

    protected ProtectedDischarge() {
        // Axon rebuilds the discharge from its events.
    }

    @CommandHandler
    public ProtectedDischarge(StartProtectedDischarge command) {
        apply(new ProtectedDischargeStarted(command.dischargeId(), command.caseId(), command.patient(),
                command.hospital(), command.ward(), command.admittedOn(), command.expectedDischargeOn(),
                command.referredAt()));
    }

    @CommandHandler
    void handle(RecordHospitalDischarge command) {
        if (dischargedAt != null) {
            throw DomainException.conflict("HOSPITAL_DISCHARGE_ALREADY_RECORDED",
                    "La dimissione dall'ospedale è già registrata.", "The hospital discharge is already recorded.");
        }
        if (dayInItaly(command.dischargedAt()).isBefore(admittedOn)) {
            throw DomainException.invalid("dischargedAt", "DISCHARGE_BEFORE_ADMISSION",
                    "La dimissione non può precedere il ricovero.", "The discharge cannot precede the admission.");
        }
        apply(new HospitalDischargeRecorded(dischargeId, patient, command.dischargedAt()));
    }

    @CommandHandler
    void handle(ActivateDischargeCare command) {
        if (careActive) {
            throw DomainException.conflict("DISCHARGE_CARE_ALREADY_ACTIVE",
                    "Il pacchetto di cura è già attivo.", "The care package is already active.");
        }
        if (command.activeSince().isBefore(referredAt)) {
            throw DomainException.invalid("activeSince", "CARE_BEFORE_REFERRAL",
                    "Il pacchetto di cura non può precedere la segnalazione.",
                    "The care package cannot precede the referral.");
        }
        apply(new DischargeCareActivated(dischargeId, caseId, patient, command.interventions(),
                command.activeSince()));
    }

    @CommandHandler
    void handle(RecordReadmission command) {
        if (readmissionRecorded) {
            throw DomainException.conflict("READMISSION_ALREADY_RECORDED",
                    "La verifica delle riammissioni è già registrata.", "The readmission check is already recorded.");
        }
        LocalDate dischargeDay = dischargedAt != null ? dayInItaly(dischargedAt) : expectedDischargeOn;
        LocalDate readmittedOn = command.readmittedOn();
        if (readmittedOn != null && readmittedOn.isBefore(dischargeDay)) {
            throw DomainException.invalid("readmittedOn", "READMISSION_BEFORE_DISCHARGE",
                    "La riammissione non può precedere la dimissione.", "The readmission cannot precede the discharge.");
        }
        boolean withinSixMonths = readmittedOn != null && readmittedOn.isBefore(dischargeDay.plusMonths(6));
        apply(new ReadmissionRecorded(dischargeId, patient, command.checkedOn(), readmittedOn, withinSixMonths));
    }

    /** Records a clock's miss once: the 72 hours for the care package, or the readmission check. */
    @CommandHandler
    void handle(RecordMissedDischargeDeadline command) {
        if (missedDeadlines.contains(command.deadline().deadlineId())) {
            return;
        }
        apply(DeadlineMissed.of(command.deadline(),
                new DeadlineOwner(OwnerType.PROTECTED_DISCHARGE, dischargeId.value())));
    }

    private static LocalDate dayInItaly(Instant instant) {
        return LocalDate.ofInstant(instant, Require.ITALY);
    }

    @EventSourcingHandler
    void on(ProtectedDischargeStarted event) {
        dischargeId = event.dischargeId();
        caseId = event.caseId();
        patient = event.patient();
        admittedOn = event.admittedOn();
        expectedDischargeOn = event.expectedDischargeOn();
        referredAt = event.referredAt();
    }

    @EventSourcingHandler
    void on(HospitalDischargeRecorded event) {
        dischargedAt = event.dischargedAt();
    }

    @EventSourcingHandler
    void on(DischargeCareActivated event) {
        careActive = true;
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        missedDeadlines.add(event.deadlineId());
    }

    @EventSourcingHandler
    void on(ReadmissionRecorded event) {
        readmissionRecorded = true;
    }
}
