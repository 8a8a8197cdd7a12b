package it.cartella.query.cases;

import it.cartella.kernel.privacy.PersonalData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static it.cartella.kernel.privacy.PersonalDataCategory.IDENTIFYING;

/**
 * A case file as the detail shows it: the file, the people it concerns with their names, and what falls due next.
 * People and due dates are worked out when the detail is read: names change by correction, and what is due
 * depends on the day.
 */
public class CaseDetail extends CaseFile {

    public List<PersonInCase> people = new ArrayList<>();
    public List<DueDate> nextDueDates = new ArrayList<>();
    /**
     * The version of the case this detail shows (the sequence number of the case's last event projected): a client
     * that changes the case names it in {@code If-Match}, so a change based on what it has not seen is refused.
     */
    public Long version;

    /**
     * A person of the case and what they are in it: BENEFICIARY (the case's person), HOUSEHOLD_MEMBER, TRAINEE,
     * PATIENT, INTERVENTION_BENEFICIARY, PLAN_BENEFICIARY, COMMITTED (bound by a plan's commitment).
     */
    public record PersonInCase(String personId, List<String> roles,
                               @PersonalData(IDENTIFYING) String codiceFiscale,
                               @PersonalData(IDENTIFYING) String firstName,
                               @PersonalData(IDENTIFYING) String lastName,
                               @PersonalData(IDENTIFYING) LocalDate birthDate,
                               String sex) {
    }

    /**
     * Something due on the case: PLAN_MONITORING, TIROCINIO_END, INTERVENTION_END, DISCHARGE_CARE (the care
     * package within 72 hours of discharge), READMISSION_CHECK (six months after discharge).
     *
     * @param subjectId the plan, traineeship, intervention or discharge it concerns
     */
    public record DueDate(String kind, LocalDate dueOn, String subjectId) {
    }
}
