package it.cartella.query.cases;

import it.cartella.kernel.command.Require;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What falls due on a case, from its file: the next monitoring date of each plan, the planned end of what is
 * running, and the two clocks of a protected discharge. Overdue items stay listed until done; watching and warning
 * about them is the deadline engine's work, this only shows where the case stands.
 */
final class DueDates {

    private static final Duration CARE_WITHIN = Duration.ofHours(72);

    private DueDates() {
    }

    static List<CaseDetail.DueDate> of(CaseFile file, LocalDate today) {
        List<CaseDetail.DueDate> due = new ArrayList<>();
        if (file.status == CaseStatus.CLOSED) {
            return due;
        }
        for (CaseFile.Plan plan : file.plans) {
            plan.monitoringDates.stream().filter(date -> !date.isBefore(today)).min(Comparator.naturalOrder())
                    .ifPresent(date -> due.add(new CaseDetail.DueDate("PLAN_MONITORING", date, plan.paisId)));
        }
        for (CaseFile.Tirocinio t : file.tirocini) {
            if (t.endedOn == null) {
                due.add(new CaseDetail.DueDate("TIROCINIO_END", t.plannedEnd, t.tirocinioId));
            }
        }
        for (CaseFile.Intervention i : file.interventions) {
            if (i.endedOn == null && i.plannedEnd != null) {
                due.add(new CaseDetail.DueDate("INTERVENTION_END", i.plannedEnd, i.interventionId));
            }
        }
        for (CaseFile.Discharge d : file.discharges) {
            LocalDate dischargeDay = d.dischargedAt != null ? LocalDate.ofInstant(d.dischargedAt, Require.ITALY)
                    : d.expectedDischargeOn;
            if (d.careActiveSince == null) {
                LocalDate careDue = d.dischargedAt != null
                        ? LocalDate.ofInstant(d.dischargedAt.plus(CARE_WITHIN), Require.ITALY)
                        : d.expectedDischargeOn.plusDays(CARE_WITHIN.toDays());
                due.add(new CaseDetail.DueDate("DISCHARGE_CARE", careDue, d.dischargeId));
            }
            if (d.readmissionCheckedOn == null) {
                due.add(new CaseDetail.DueDate("READMISSION_CHECK", dischargeDay.plusMonths(6), d.dischargeId));
            }
        }
        due.sort(Comparator.comparing(CaseDetail.DueDate::dueOn));
        return due;
    }
}
