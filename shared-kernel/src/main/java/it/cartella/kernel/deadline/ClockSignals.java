package it.cartella.kernel.deadline;

import it.cartella.kernel.adi.AdiApplicationReceived;
import it.cartella.kernel.adi.AdiForfeitureMarked;
import it.cartella.kernel.adi.AdiRenewed;
import it.cartella.kernel.adi.FirstMeetingHeld;
import it.cartella.kernel.adi.PositionUpdated;
import it.cartella.kernel.adi.SflExtended;
import it.cartella.kernel.adi.SflParticipationConfirmed;
import it.cartella.kernel.adi.SflStarted;
import it.cartella.kernel.cases.MonitoringRecorded;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.discharge.DischargeCareActivated;
import it.cartella.kernel.discharge.HospitalDischargeRecorded;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.discharge.ReadmissionRecorded;
import it.cartella.kernel.pais.PaisSigned;
import it.cartella.kernel.pais.PlanKind;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import it.cartella.kernel.tirocinio.TirocinioCompleted;
import it.cartella.kernel.tirocinio.TirocinioExtended;
import it.cartella.kernel.tirocinio.TirocinioInterrupted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static it.cartella.kernel.deadline.OwnerType.ADI_BENEFIT;
import static it.cartella.kernel.deadline.OwnerType.PLAN;
import static it.cartella.kernel.deadline.OwnerType.PROTECTED_DISCHARGE;
import static it.cartella.kernel.deadline.OwnerType.SFL_BENEFIT;
import static it.cartella.kernel.deadline.OwnerType.TIROCINIO;

/**
 * The vocabulary the rules are written in: the signals each domain event gives. Events that concern no clock give
 * none. This is the one place that knows event classes; everything after it works on signals and rules.
 */
public final class ClockSignals {

    private ClockSignals() {
    }

    public static List<ClockSignal> of(Object event) {
        if (event instanceof AdiApplicationReceived e) {
            DeadlineOwner owner = new DeadlineOwner(ADI_BENEFIT, e.adiBenefitId().value());
            return List.of(new ClockSignal("AdiClockStarted", e.caseId(), owner, day(e.clockStartsOn())),
                    new ClockSignal("AdiPeriodStarted", e.caseId(), owner, day(e.periodStartsOn())));
        }
        if (event instanceof AdiRenewed e) {
            DeadlineOwner owner = new DeadlineOwner(ADI_BENEFIT, e.adiBenefitId().value());
            return List.of(new ClockSignal("AdiClockStarted", e.caseId(), owner, day(e.padSignedOn())),
                    new ClockSignal("AdiRenewalPeriodStarted", e.caseId(), owner, day(e.periodStartsOn())));
        }
        if (event instanceof FirstMeetingHeld e) {
            return List.of(new ClockSignal("FirstMeetingHeld", e.caseId(),
                    new DeadlineOwner(ADI_BENEFIT, e.adiBenefitId().value()), null, day(e.heldOn()), Set.copyOf(e.exemptions())));
        }
        if (event instanceof PositionUpdated e) {
            return List.of(new ClockSignal("PositionUpdated", e.caseId(),
                    new DeadlineOwner(ADI_BENEFIT, e.adiBenefitId().value()), null, day(e.updatedOn()),
                    Set.copyOf(e.exemptions())));
        }
        if (event instanceof AdiForfeitureMarked e) {
            return List.of(new ClockSignal("AdiForfeitureMarked", e.caseId(),
                    new DeadlineOwner(ADI_BENEFIT, e.adiBenefitId().value()), day(e.markedOn())));
        }
        if (event instanceof SflStarted e) {
            return List.of(new ClockSignal("SflStarted", e.caseId(),
                    new DeadlineOwner(SFL_BENEFIT, e.sflBenefitId().value()), day(e.startsOn())));
        }
        if (event instanceof SflParticipationConfirmed e) {
            return List.of(new ClockSignal("SflParticipationConfirmed", e.caseId(),
                    new DeadlineOwner(SFL_BENEFIT, e.sflBenefitId().value()), day(e.confirmedOn())));
        }
        if (event instanceof SflExtended e) {
            // The extension's 12 months run on from the day after the first period's last.
            return List.of(new ClockSignal("SflExtended", e.caseId(),
                    new DeadlineOwner(SFL_BENEFIT, e.sflBenefitId().value()), day(e.previousEndsOn().plusDays(1))));
        }
        if (event instanceof PaisSigned e) {
            return planSignals(e);
        }
        if (event instanceof MonitoringRecorded e) {
            // Monitoring point T1 meets the plan's first monitoring date, T2 the second...; T0 is the baseline.
            return List.of(new ClockSignal("MonitoringRecorded", e.caseId(),
                    new DeadlineOwner(PLAN, e.caseId().value()), e.step(), day(e.monitoredOn()), Set.of()));
        }
        if (event instanceof TirocinioActivated e) {
            return List.of(new ClockSignal("TirocinioStarted", e.caseId(),
                    new DeadlineOwner(TIROCINIO, e.tirocinioId().value()), day(e.start())));
        }
        if (event instanceof TirocinioCompleted e) {
            return List.of(new ClockSignal("TirocinioEnded", null,
                    new DeadlineOwner(TIROCINIO, e.tirocinioId().value()), day(e.endedOn())));
        }
        if (event instanceof TirocinioInterrupted e) {
            return List.of(new ClockSignal("TirocinioEnded", null,
                    new DeadlineOwner(TIROCINIO, e.tirocinioId().value()), day(e.interruptedOn())));
        }
        if (event instanceof TirocinioExtended e && e.beyond24Months()) {
            return List.of(new ClockSignal("TirocinioExtendedBeyondLimit", null,
                    new DeadlineOwner(TIROCINIO, e.tirocinioId().value()), day(e.previousPlannedEnd())));
        }
        if (event instanceof ProtectedDischargeStarted e) {
            return List.of(new ClockSignal("DischargeExpected", e.caseId(),
                    new DeadlineOwner(PROTECTED_DISCHARGE, e.dischargeId().value()), day(e.expectedDischargeOn())));
        }
        if (event instanceof HospitalDischargeRecorded e) {
            return List.of(new ClockSignal("HospitalDischargeRecorded", null,
                    new DeadlineOwner(PROTECTED_DISCHARGE, e.dischargeId().value()), e.dischargedAt()));
        }
        if (event instanceof DischargeCareActivated e) {
            return List.of(new ClockSignal("DischargeCareActivated", e.caseId(),
                    new DeadlineOwner(PROTECTED_DISCHARGE, e.dischargeId().value()), e.activeSince()));
        }
        if (event instanceof ReadmissionRecorded e) {
            return List.of(new ClockSignal("ReadmissionRecorded", null,
                    new DeadlineOwner(PROTECTED_DISCHARGE, e.dischargeId().value()), day(e.checkedOn())));
        }
        return List.of();
    }

    /**
     * A signed plan gives one signal per monitoring date of its schedule, numbered from 1; a signed PaIS also stops
     * the clock of its signature. A new version's schedule replaces the dates it numbers alike.
     */
    private static List<ClockSignal> planSignals(PaisSigned e) {
        DeadlineOwner owner = new DeadlineOwner(PLAN, e.paisId().value());
        List<ClockSignal> signals = new ArrayList<>();
        if (e.kind() == PlanKind.PAIS) {
            signals.add(new ClockSignal("PaisSigned", e.caseId(), owner, day(e.signedOn())));
        }
        List<LocalDate> dates = e.monitoringDates().stream().sorted().toList();
        for (int i = 0; i < dates.size(); i++) {
            signals.add(new ClockSignal("PlanMonitoringDate", e.caseId(), owner, i + 1, day(dates.get(i)), Set.of()));
        }
        return signals;
    }

    private static Instant day(LocalDate date) {
        return date.atStartOfDay(Require.ITALY).toInstant();
    }
}
