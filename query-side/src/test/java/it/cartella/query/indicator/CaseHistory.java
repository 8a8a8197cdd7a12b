package it.cartella.query.indicator;

import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.cases.AssessmentKind;
import it.cartella.kernel.cases.AssessmentRecorded;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.ClosureRating;
import it.cartella.kernel.cases.DomainScore;
import it.cartella.kernel.cases.MonitoringRecorded;
import it.cartella.kernel.cases.Participant;
import it.cartella.kernel.cases.ProfessionalRole;
import it.cartella.kernel.cases.TeamMeetingRecorded;
import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.catalog.ServiceCode;
import it.cartella.kernel.discharge.DischargeCareActivated;
import it.cartella.kernel.discharge.HospitalDischargeRecorded;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.intervention.DeliveryRecorded;
import it.cartella.kernel.intervention.InterventionActivated;
import it.cartella.kernel.intervention.InterventionEnded;
import it.cartella.kernel.pais.PaisSigned;
import it.cartella.kernel.pais.PlanKind;
import it.cartella.kernel.pais.Signatory;
import it.cartella.kernel.pais.SignatoryRole;
import it.cartella.kernel.territory.IstatCode;
import it.cartella.kernel.tirocinio.TirocinioActivated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed history of case events, written in the order they would be stored, to feed the fact projection. Notes,
 * results and decisions carry a marker, so a test can check that none of them reaches a fact.
 */
final class CaseHistory {

    static final String PERSONAL_TEXT = "TESTO-PERSONALE-RISERVATO";

    private final List<Object> events = new ArrayList<>();
    private final Map<String, String> persons = new LinkedHashMap<>();

    List<Object> events() {
        return List.copyOf(events);
    }

    /** Feeds every event to the projection, each with its own id and a recording instant. */
    void replayInto(FactProjection projection) {
        for (int i = 0; i < events.size(); i++) {
            projection.handle(events.get(i), "event-" + i, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i));
        }
    }

    CaseHistory opened(String caseId, String person, String household, String comune, String macroArea,
                       AccessChannel channel, String day) {
        persons.put(caseId, person);
        events.add(new CaseOpened(CaseId.of(caseId), PersonId.of(person), OrganisationId.of("comune-" + comune),
                IstatCode.of(comune), MacroArea.of(macroArea), channel, ActivationMode.ON_REQUEST, UserId.of("as-1"),
                household == null ? null : HouseholdId.of(household), LocalDate.parse(day)));
        return this;
    }

    CaseHistory opened(String caseId, String person, String comune, String macroArea, String day) {
        return opened(caseId, person, null, comune, macroArea, AccessChannel.SEGRETARIATO_SOCIALE, day);
    }

    CaseHistory signed(String paisId, String caseId, PlanKind kind, int version, String day, SignatoryRole... roles) {
        List<Signatory> signatories = new ArrayList<>(Arrays.stream(roles.length == 0
                        ? new SignatoryRole[]{SignatoryRole.BENEFICIARY} : roles)
                .map(role -> Signatory.person(role, person(caseId))).toList());
        signatories.add(Signatory.professional(SignatoryRole.CASE_MANAGER, UserId.of("as-1")));
        events.add(new PaisSigned(PaisId.of(paisId), CaseId.of(caseId), person(caseId), kind, version,
                LocalDate.parse(day), signatories));
        return this;
    }

    CaseHistory intervention(String interventionId, String caseId, String service, String day) {
        events.add(new InterventionActivated(InterventionId.of(interventionId), CaseId.of(caseId), person(caseId),
                ServiceCode.of(service), OrganisationId.of("ente-erogatore"), FundingSource.of("FNPS"),
                LocalDate.parse(day), null, BigDecimal.TEN, new BigDecimal("1234.56")));
        return this;
    }

    CaseHistory delivered(String interventionId, String caseId, String day) {
        events.add(new DeliveryRecorded(InterventionId.of(interventionId), person(caseId), LocalDate.parse(day),
                BigDecimal.ONE, null));
        return this;
    }

    CaseHistory ended(String interventionId, String caseId, String day, String outcome) {
        events.add(new InterventionEnded(InterventionId.of(interventionId), person(caseId), LocalDate.parse(day),
                OutcomeCode.of(outcome), PERSONAL_TEXT));
        return this;
    }

    CaseHistory closed(String caseId, String day, String outcome, ClosureRating beneficiary, ClosureRating operator) {
        events.add(new CaseClosed(CaseId.of(caseId), person(caseId), OutcomeCode.of(outcome), beneficiary, operator,
                LocalDate.parse(day), PERSONAL_TEXT));
        return this;
    }

    CaseHistory meeting(String caseId, String day) {
        events.add(new TeamMeetingRecorded(CaseId.of(caseId), person(caseId), LocalDate.parse(day),
                participants(ProfessionalRole.ASSISTENTE_SOCIALE, ProfessionalRole.EDUCATORE), PERSONAL_TEXT));
        return this;
    }

    CaseHistory assessment(String caseId, AssessmentKind kind, String day, ProfessionalRole... roles) {
        events.add(new AssessmentRecorded(CaseId.of(caseId), person(caseId), kind, "SVAMA", LocalDate.parse(day),
                PERSONAL_TEXT, participants(roles)));
        return this;
    }

    CaseHistory monitoring(String caseId, int step, String day, Map<String, Integer> scores) {
        events.add(new MonitoringRecorded(CaseId.of(caseId), person(caseId), step, LocalDate.parse(day),
                scores.entrySet().stream().map(e -> new DomainScore(e.getKey(), e.getValue())).toList(),
                PERSONAL_TEXT));
        return this;
    }

    CaseHistory discharge(String dischargeId, String caseId, String dischargedAt, String careActiveAt) {
        Instant discharged = Instant.parse(dischargedAt);
        events.add(new ProtectedDischargeStarted(DischargeId.of(dischargeId), CaseId.of(caseId), person(caseId),
                OrganisationId.of("asst-lodi"), PERSONAL_TEXT, LocalDate.of(2025, 1, 1),
                discharged.atZone(Fact.ROME).toLocalDate(), discharged.minusSeconds(86_400)));
        events.add(new HospitalDischargeRecorded(DischargeId.of(dischargeId), person(caseId), discharged));
        events.add(new DischargeCareActivated(DischargeId.of(dischargeId), CaseId.of(caseId), person(caseId),
                List.of(InterventionId.of(dischargeId + "-sad")), Instant.parse(careActiveAt)));
        return this;
    }

    CaseHistory tirocinio(String tirocinioId, String caseId, String day) {
        LocalDate start = LocalDate.parse(day);
        events.add(new TirocinioActivated(TirocinioId.of(tirocinioId), CaseId.of(caseId), person(caseId),
                OrganisationId.of("ambito"), OrganisationId.of("azienda-ospitante"), PERSONAL_TEXT,
                UserId.of("tutor-1"), start, start.plusMonths(6), 20, new BigDecimal("500"), FundingSource.of("FNPS")));
        return this;
    }

    private PersonId person(String caseId) {
        return PersonId.of(persons.get(caseId));
    }

    private static List<Participant> participants(ProfessionalRole... roles) {
        return Arrays.stream(roles).map(role -> new Participant(role, OrganisationId.of("comune"), null)).toList();
    }
}
