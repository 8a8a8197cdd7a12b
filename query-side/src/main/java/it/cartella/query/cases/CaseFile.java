package it.cartella.query.cases;

import it.cartella.kernel.cases.DomainScore;
import it.cartella.kernel.cases.Participant;
import it.cartella.kernel.pais.Commitment;
import it.cartella.kernel.pais.Objective;
import it.cartella.kernel.pais.Signatory;
import it.cartella.kernel.pais.Support;
import it.cartella.kernel.privacy.PersonalData;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC;
import static it.cartella.kernel.privacy.PersonalDataCategory.HEALTH;
import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * A case as it stands, with everything recorded on it and on its plans, interventions, traineeships and protected
 * discharges: the document the case-file projection keeps, one per case. Fields are named as in the events they come
 * from, and those holding personal data keep the events' category, so that the privacy filter can drop them by
 * category. Mutable, because the projection changes one part at a time; the query side only reads it.
 */
public class CaseFile {

    public String caseId;
    public String personId;
    public String householdId;
    public String owningOrganisation;
    public String residenceComune;
    public String macroArea;
    public String channel;
    public String activationMode;
    public String caseManager;
    public LocalDate openedOn;
    public CaseStatus status = CaseStatus.OPEN;
    public Closure closure;
    public List<Assessment> assessments = new ArrayList<>();
    public List<Participant> team = new ArrayList<>();
    public List<TeamMeeting> teamMeetings = new ArrayList<>();
    public List<Plan> plans = new ArrayList<>();
    public List<Intervention> interventions = new ArrayList<>();
    public List<Tirocinio> tirocini = new ArrayList<>();
    public List<Discharge> discharges = new ArrayList<>();
    public List<Monitoring> monitoring = new ArrayList<>();
    public int notesCount;
    public List<String> contacts = new ArrayList<>();
    /** Every person the case concerns: its person, household members, trainees, patients, beneficiaries. */
    public Set<String> involved = new LinkedHashSet<>();

    public record Assessment(String kind, String instrument, LocalDate assessedOn,
                             @PersonalData(HEALTH) String result, List<Participant> participants) {
    }

    public record TeamMeeting(LocalDate heldOn, List<Participant> attendees, @PersonalData(SOCIAL) String decisions) {
    }

    public record Monitoring(int step, LocalDate monitoredOn, List<DomainScore> scores,
                             @PersonalData(SOCIAL) String notes) {
    }

    public record Closure(String outcome, String beneficiaryRating, String operatorRating, LocalDate closedOn,
                          @PersonalData(SOCIAL) String notes) {
    }

    /** A plan through its versions: the content is the latest draft's, {@code signedVersion} the one in force. */
    public static class Plan {
        public String paisId;
        public String kind;
        public String beneficiary;
        public int version;
        public PlanStatus status;
        public Integer signedVersion;
        public LocalDate signedOn;
        public List<Signature> signatures = new ArrayList<>();
        @PersonalData(SOCIAL)
        public List<Objective> objectives = new ArrayList<>();
        @PersonalData(SOCIAL)
        public List<Commitment> commitments = new ArrayList<>();
        public List<Support> supports = new ArrayList<>();
        public List<LocalDate> monitoringDates = new ArrayList<>();
    }

    public enum PlanStatus { DRAFT, SIGNED, SIGNED_WITH_NEW_DRAFT }

    public record Signature(int version, LocalDate signedOn, List<Signatory> signatories) {
    }

    public static class Intervention {
        public String interventionId;
        public String beneficiary;
        public String service;
        public String provider;
        public String funding;
        public LocalDate start;
        public LocalDate plannedEnd;
        public BigDecimal plannedHours;
        @PersonalData(ECONOMIC)
        public BigDecimal plannedAmount;
        public int deliveries;
        public BigDecimal hoursDelivered = BigDecimal.ZERO;
        @PersonalData(ECONOMIC)
        public BigDecimal amountDelivered = BigDecimal.ZERO;
        public LocalDate endedOn;
        public String outcome;
    }

    public static class Tirocinio {
        public String tirocinioId;
        public String trainee;
        public String promoter;
        public String hostOrganisation;
        public String hostTutor;
        public String serviceTutor;
        public LocalDate start;
        public LocalDate plannedEnd;
        public int weeklyHours;
        @PersonalData(ECONOMIC)
        public BigDecimal monthlyIndemnity;
        public String indemnityFunding;
        public List<Attendance> attendance = new ArrayList<>();
        public int extensions;
        public boolean beyond24Months;
        public LocalDate endedOn;
        /** COMPLETED, HIRED or INTERRUPTED; null while running. */
        public String outcome;
        public String interruptionReason;
    }

    public record Attendance(YearMonth month, BigDecimal hoursAttended,
                             @PersonalData(ECONOMIC) BigDecimal indemnityPaid) {
    }

    public static class Discharge {
        public String dischargeId;
        public String patient;
        public String hospital;
        @PersonalData(HEALTH)
        public String ward;
        public LocalDate admittedOn;
        public LocalDate expectedDischargeOn;
        public Instant referredAt;
        public Instant dischargedAt;
        public Instant careActiveSince;
        public List<String> careInterventions = new ArrayList<>();
        public LocalDate readmissionCheckedOn;
        public LocalDate readmittedOn;
        public Boolean readmittedWithinSixMonths;
    }
}
