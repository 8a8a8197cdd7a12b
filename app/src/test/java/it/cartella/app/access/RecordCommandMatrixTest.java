package it.cartella.app.access;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.access.AccessMatrixTest.Kind;
import it.cartella.app.access.AccessMatrixTest.Level;
import it.cartella.app.audit.AccessLog;
import it.cartella.app.audit.AccessLogEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix, continued for the commands that name a record of a case by the record's own id (plans,
 * interventions, tirocini, discharges, ADI and SFL benefits) and for the person and household of a case: every
 * such command × every demo user × a case of their own, of another Comune, shared with the Caritas (and, for the
 * other Comune's, referred to the ASST), and sealed. Only who may change the case gets through; everyone else gets
 * the answer of a case they may not see, and the record is left as it was.
 * <p>
 * The cases are this test's own, for people of its own: the persons' data are changed here, so no other test may
 * rely on them. Its requests carry bearer tokens, the same users as with a password (see BearerTokenTest), to spare
 * a password hash per request.
 */
class RecordCommandMatrixTest extends CartellaAppTest {

    enum Command {
        PAIS_REDRAFT, PAIS_SIGNATURE, INTERVENTION_DELIVERY, INTERVENTION_END, TIROCINIO_ATTENDANCE,
        TIROCINIO_EXTENSION, TIROCINIO_COMPLETION, TIROCINIO_INTERRUPTION, HOSPITAL_DISCHARGE, DISCHARGE_CARE,
        READMISSION_CHECK, ADI_FIRST_MEETING, ADI_MISSED_MEETING, ADI_POSITION_UPDATE, ADI_RENEWAL,
        SFL_CONFIRMATION, SFL_EXTENSION, HOUSEHOLD_ISEE, PERSON_IDENTITY, PERSON_RESIDENCE
    }

    /** One case of the matrix and the records on it that several commands share. */
    record Fixture(String caseId, String owner, String manager, String comune, Map<String, Object> person,
                   String personId, String paisId, String interventionId, String householdId) {
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));
    private static final Map<Kind, Fixture> FIXTURES = new EnumMap<>(Kind.class);
    /** A record prepared for a command and not changed yet: what refused senders are tried on. */
    private static final Map<String, String> UNCHANGED = new LinkedHashMap<>();
    /** The Comune each fixture person lives in now, so that a move is always to another one. */
    private static final Map<Kind, String> RESIDENCE = new EnumMap<>(Kind.class);

    @Autowired
    private EventStore eventStore;

    @Autowired
    private AccessLog accessLog;

    @BeforeEach
    void openTheCases() {
        MatrixCases.openOnce(FIXTURES, this::as, this::fixture, Fixture::caseId);
        synchronized (FIXTURES) {
            if (RESIDENCE.isEmpty()) {
                FIXTURES.forEach((kind, fixture) -> RESIDENCE.put(kind, fixture.comune()));
            }
        }
    }

    static Stream<Arguments> matrix() {
        return AccessMatrixTest.EXPECTED.keySet().stream().sorted().flatMap(user -> Stream.of(Kind.values())
                .flatMap(kind -> Stream.of(Command.values()).map(command -> Arguments.of(user, kind, command))));
    }

    @ParameterizedTest(name = "{0} {2} on the {1} case")
    @MethodSource("matrix")
    void onlyWhoMayChangeTheCaseChangesItsRecords(String user, Kind kind, Command command) {
        boolean allowed = AccessMatrixTest.EXPECTED.get(user).get(kind) == Level.CHANGE;
        Fixture fixture = FIXTURES.get(kind);
        String key = kind + "/" + command;
        String record = allowed ? prepare(fixture, command) : UNCHANGED.computeIfAbsent(key,
                k -> prepare(fixture, command));
        long eventsBefore = events(record);

        WebTestClient.ResponseSpec answer = send(withToken(user), fixture, kind, command, record);

        if (!allowed) {
            answer.expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("CASE_ACCESS_DENIED");
            assertThat(events(record)).as("a refused command changes nothing").isEqualTo(eventsBefore);
        } else if (command == Command.ADI_RENEWAL) {
            // Past the check, the benefit itself answers: too early for a renewal.
            answer.expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("ADI_RENEWAL_TOO_EARLY");
        } else {
            answer.expectStatus().is2xxSuccessful();
            assertThat(events(record)).isGreaterThan(eventsBefore);
            UNCHANGED.remove(key);
            if (command == Command.PERSON_RESIDENCE) {
                RESIDENCE.put(kind, otherComune(kind));
            }
        }
    }

    @Test
    void anUnknownIdOrAnIdOfAnotherKindIsAnsweredAsACaseTheUserMayNotSee() {
        Fixture own = FIXTURES.get(Kind.OWN);
        String yesterday = TODAY.minusDays(1).toString();
        Map<String, Map<String, Object>> routes = new LinkedHashMap<>();
        routes.put("/api/interventions/%s/deliveries", body("deliveredOn", yesterday, "hours", 1));
        routes.put("/api/tirocini/%s/attendance", body("month", YearMonth.from(TODAY).toString(), "hoursAttended", 1));
        routes.put("/api/pais/%s/signature", body("signedOn", yesterday, "signatories", List.of(
                Map.of("role", "BENEFICIARY", "personId", own.personId()),
                Map.of("role", "CASE_MANAGER", "user", "as-comune1"))));
        routes.put("/api/discharges/%s/readmission-check", body("checkedOn", yesterday));
        routes.put("/api/adi/%s/first-meeting", body("heldOn", yesterday));
        routes.put("/api/sfl/%s/confirmations", body("confirmedOn", yesterday));
        routes.put("/api/households/%s/isee", body("isee", body("value", 100, "issuedOn", yesterday)));
        routes.put("/api/persons/%s/residence", body("residenceComune", "098019", "effectiveFrom", yesterday));
        routes.forEach((path, request) -> {
            String otherKind = path.startsWith("/api/interventions") ? own.paisId() : own.interventionId();
            for (String id : List.of("00000000-0000-4000-8000-000000000000", otherKind)) {
                long events = events(id);
                web.post().uri(String.format(path, id)).contentType(MediaType.APPLICATION_JSON).bodyValue(request)
                        .exchange()
                        .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("CASE_ACCESS_DENIED");
                assertThat(events(id)).isEqualTo(events);
            }
        });
    }

    @Test
    void aCommandOnARecordIsInTheAccessLogOfItsCaseAllowedOrDenied() {
        Fixture own = FIXTURES.get(Kind.OWN);
        Map<String, Object> delivery = Map.of("deliveredOn", TODAY.minusDays(1).toString(), "hours", 1);
        as("op.caritas").post().uri("/api/interventions/{id}/deliveries", own.interventionId())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(delivery).exchange().expectStatus().isForbidden();
        web.post().uri("/api/interventions/{id}/deliveries", own.interventionId())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(delivery).exchange().expectStatus().isOk();

        List<AccessLogEntry> log = accessLog.ofCase(own.caseId());
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.userId()).isEqualTo("op-caritas");
            assertThat(entry.action()).isEqualTo("RecordDelivery");
            assertThat(entry.outcome()).isEqualTo(AccessLogEntry.Outcome.DENIED);
        });
        assertThat(log.get(log.size() - 1)).satisfies(entry -> {
            assertThat(entry.userId()).isEqualTo("as-comune1");
            assertThat(entry.action()).isEqualTo("RecordDelivery");
            assertThat(entry.outcome()).isEqualTo(AccessLogEntry.Outcome.ALLOWED);
        });
    }

    /** A record of the case in the state the command needs, made by the case's owner. */
    private String prepare(Fixture f, Command command) {
        WebTestClient owner = withToken(f.owner());
        return switch (command) {
            case PAIS_REDRAFT, PAIS_SIGNATURE -> {
                if (command == Command.PAIS_SIGNATURE) {
                    put(owner, "/api/pais/" + f.paisId() + "/draft", plan());
                }
                yield f.paisId();
            }
            case INTERVENTION_DELIVERY -> f.interventionId();
            case INTERVENTION_END -> intervention(owner, f.caseId());
            case TIROCINIO_ATTENDANCE, TIROCINIO_EXTENSION, TIROCINIO_COMPLETION, TIROCINIO_INTERRUPTION ->
                    id(post(owner, "/api/tirocini", body("caseId", f.caseId(), "promoter", "udp-lodi",
                            "hostOrganisation", "coop-il-mosaico", "hostTutor", "Marta Galli, responsabile",
                            "serviceTutor", f.manager(), "start", TODAY.minusDays(20).toString(),
                            "plannedEnd", TODAY.plusDays(150).toString(), "weeklyHours", 20,
                            "monthlyIndemnity", 0)), "tirocinioId");
            case HOSPITAL_DISCHARGE, DISCHARGE_CARE, READMISSION_CHECK -> {
                String discharge = id(post(owner, "/api/discharges", body("caseId", f.caseId(),
                        "hospital", "asst-lodi", "ward", "Medicina", "admittedOn", TODAY.minusDays(6).toString(),
                        "expectedDischargeOn", TODAY.minusDays(3).toString(),
                        "referredAt", Instant.now().minus(5, ChronoUnit.DAYS).toString())), "dischargeId");
                if (command != Command.HOSPITAL_DISCHARGE) {
                    post(owner, "/api/discharges/" + discharge + "/hospital-discharge",
                            body("dischargedAt", Instant.now().minus(2, ChronoUnit.DAYS).toString()));
                }
                yield discharge;
            }
            case ADI_FIRST_MEETING, ADI_MISSED_MEETING, ADI_POSITION_UPDATE, ADI_RENEWAL -> {
                String adi = id(post(owner, "/api/cases/" + f.caseId() + "/adi",
                        body("padSignedOn", TODAY.minusDays(20).toString())), "adiBenefitId");
                if (command == Command.ADI_POSITION_UPDATE) {
                    post(owner, "/api/adi/" + adi + "/first-meeting", body("heldOn", TODAY.minusDays(2).toString()));
                }
                yield adi;
            }
            case SFL_CONFIRMATION, SFL_EXTENSION -> id(post(owner, "/api/cases/" + f.caseId() + "/sfl",
                    body("startsOn", TODAY.minusDays(10).toString())), "sflBenefitId");
            case HOUSEHOLD_ISEE -> f.householdId();
            case PERSON_IDENTITY, PERSON_RESIDENCE -> f.personId();
        };
    }

    private WebTestClient.ResponseSpec send(WebTestClient user, Fixture f, Kind kind, Command command, String id) {
        String yesterday = TODAY.minusDays(1).toString();
        return switch (command) {
            case PAIS_REDRAFT -> user.put().uri("/api/pais/{id}/draft", id).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(plan()).exchange();
            case PAIS_SIGNATURE -> request(user, "/api/pais/" + id + "/signature", body("signedOn", yesterday,
                    "signatories", List.of(Map.of("role", "BENEFICIARY", "personId", f.personId()),
                            Map.of("role", "CASE_MANAGER", "user", f.manager()))));
            case INTERVENTION_DELIVERY -> request(user, "/api/interventions/" + id + "/deliveries",
                    body("deliveredOn", yesterday, "hours", 2));
            case INTERVENTION_END -> request(user, "/api/interventions/" + id + "/end",
                    body("endedOn", yesterday, "outcome", "TERMINATA"));
            case TIROCINIO_ATTENDANCE -> request(user, "/api/tirocini/" + id + "/attendance",
                    body("month", YearMonth.from(TODAY).toString(), "hoursAttended", 40));
            case TIROCINIO_EXTENSION -> request(user, "/api/tirocini/" + id + "/extension",
                    body("newPlannedEnd", TODAY.plusDays(200).toString(), "justification", "Proroga concordata"));
            case TIROCINIO_COMPLETION -> request(user, "/api/tirocini/" + id + "/completion",
                    body("endedOn", yesterday, "outcome", "COMPLETED"));
            case TIROCINIO_INTERRUPTION -> request(user, "/api/tirocini/" + id + "/interruption",
                    body("interruptedOn", yesterday, "reason", "TRAINEE_WITHDREW"));
            case HOSPITAL_DISCHARGE -> request(user, "/api/discharges/" + id + "/hospital-discharge",
                    body("dischargedAt", Instant.now().minus(2, ChronoUnit.DAYS).toString()));
            case DISCHARGE_CARE -> request(user, "/api/discharges/" + id + "/care",
                    body("interventions", List.of(f.interventionId()),
                            "activeSince", Instant.now().minus(1, ChronoUnit.DAYS).toString()));
            case READMISSION_CHECK -> request(user, "/api/discharges/" + id + "/readmission-check",
                    body("checkedOn", yesterday));
            case ADI_FIRST_MEETING -> request(user, "/api/adi/" + id + "/first-meeting", body("heldOn", yesterday));
            case ADI_MISSED_MEETING -> request(user, "/api/adi/" + id + "/missed-meetings",
                    body("scheduledOn", yesterday, "justified", true, "justification", "Ricovero documentato"));
            case ADI_POSITION_UPDATE -> request(user, "/api/adi/" + id + "/position-updates",
                    body("updatedOn", yesterday));
            case ADI_RENEWAL -> request(user, "/api/adi/" + id + "/renewals", body("padSignedOn", yesterday));
            case SFL_CONFIRMATION -> request(user, "/api/sfl/" + id + "/confirmations",
                    body("confirmedOn", yesterday));
            case SFL_EXTENSION -> request(user, "/api/sfl/" + id + "/extension", body("inTraining", true));
            case HOUSEHOLD_ISEE -> request(user, "/api/households/" + id + "/isee",
                    body("isee", body("value", 7200.50, "issuedOn", yesterday)));
            case PERSON_IDENTITY -> user.put().uri("/api/persons/{id}/identity", id)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(f.person()).exchange();
            case PERSON_RESIDENCE -> request(user, "/api/persons/" + id + "/residence",
                    body("residenceComune", otherComune(kind), "effectiveFrom", yesterday));
        };
    }

    private static String otherComune(Kind kind) {
        return "098019".equals(RESIDENCE.get(kind)) ? "098031" : "098019";
    }

    /** A case of its own person, with a plan, an intervention and the person's household. */
    private Fixture fixture(String owner, String manager, String comune) {
        WebTestClient client = as(owner);
        Map<String, Object> person = UniquePeople.next();
        Map<String, Object> registration = new LinkedHashMap<>(person);
        registration.put("residenceComune", comune);
        String personId = id(post(client, "/api/persons", registration), "personId");
        String household = id(post(client, "/api/households", body("members",
                List.of(body("personId", personId, "relationship", "REFERENCE_PERSON", "role", "APPLICANT")),
                "compositionType", "SINGLE_PERSON")), "householdId");
        String caseId = CaseFixtures.openFor(client, personId, household, "comune-" + comune, manager);
        String pais = id(post(client, "/api/cases/" + caseId + "/pais", plan()), "paisId");
        return new Fixture(caseId, owner, manager, comune, person, personId, pais, intervention(client, caseId),
                household);
    }

    private static String intervention(WebTestClient owner, String caseId) {
        return id(post(owner, "/api/interventions", body("caseId", caseId, "service", "SERVIZIO_ASSISTENZA_DOMICILIARE",
                "provider", "coop-il-mosaico", "funding", "FNPS", "start", TODAY.minusDays(10).toString(),
                "plannedHours", 20)), "interventionId");
    }

    private static Map<String, Object> plan() {
        return body("objectives", List.of(body("description", "Autonomia abitativa",
                "expectedResults", List.of(body("description", "Alloggio stabile")))));
    }

    private long events(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().count();
    }

    private static WebTestClient.ResponseSpec request(WebTestClient client, String uri, Object body) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static Map<?, ?> post(WebTestClient client, String uri, Object body) {
        return request(client, uri, body).expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private static void put(WebTestClient client, String uri, Object body) {
        client.put().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk();
    }

    private static String id(Map<?, ?> answer, String name) {
        return (String) answer.get(name);
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
