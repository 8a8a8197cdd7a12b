package it.cartella.app.access;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.access.AccessMatrixTest.Kind;
import it.cartella.app.access.AccessMatrixTest.Level;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.SealId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static it.cartella.app.access.AccessMatrixTest.Level.AUDIT;
import static it.cartella.app.access.AccessMatrixTest.Level.CHANGE;
import static it.cartella.app.access.AccessMatrixTest.Level.NONE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix, continued for the other reads of a case (timeline, as-of history, access log, seal, search) and
 * for every command addressed by the case's id (the case's own commands, seal and break-glass, and the records
 * opened on a case: plans, ADI and SFL benefits, interventions, tirocini, discharges, a contact linked to it): every
 * such endpoint × every demo user × a case of their own, of another Comune, shared with the Caritas (and, for the
 * other Comune's, referred to the ASST), and sealed, with the levels of {@link AccessMatrixTest#EXPECTED}.
 * <p>
 * The cells run on the same four cases in any order, so no allowed cell may change who sees what. Each command is
 * therefore written so that, once past the access check, it either changes nothing the access depends on (a note,
 * an assessment, a new plan...) or is refused by a rule of the case itself, with its own code: closing before the
 * opening, reopening an open case, transferring to where the case already is, sealing with nobody in the team,
 * breaking the glass for longer than the 8 hours allowed. That answer proves the request got past authorization;
 * a refused cell must answer 403 CASE_ACCESS_DENIED and leave the case and its seal with the events they had. (Not
 * the whole store: records made by earlier cells may still be storing events of their own while a cell runs.)
 * <p>
 * The cases are this test's own, for people of its own. Its requests carry bearer tokens, to spare a password hash
 * per request.
 */
class CaseEndpointMatrixTest extends CartellaAppTest {

    enum Endpoint {
        TIMELINE, HISTORY, ACCESS_LOG, SEAL_READ, SEARCH,
        CASE_MANAGER, ASSESSMENT, TEAM, TEAM_MEETING, MONITORING, NOTE, CLOSURE, REOPENING, TRANSFER, SEAL,
        BREAK_GLASS, PAIS_OPEN, ADI_OPEN, SFL_OPEN, INTERVENTION_OPEN, TIROCINIO_OPEN, DISCHARGE_OPEN, CONTACT_LINK;

        boolean command() {
            return ordinal() >= CASE_MANAGER.ordinal();
        }
    }

    /** What an allowed command may be refused with by the case's own rules, after the access check. */
    private static final Map<Endpoint, Set<String>> DOMAIN_REFUSALS = Map.of(
            Endpoint.MONITORING, Set.of("MONITORING_OUT_OF_SEQUENCE"),
            Endpoint.CLOSURE, Set.of("CLOSURE_BEFORE_OPENING"),
            Endpoint.REOPENING, Set.of("CASE_NOT_CLOSED"),
            Endpoint.TRANSFER, Set.of("TRANSFER_CHANGES_NOTHING"),
            Endpoint.SEAL, Set.of("SEAL_WITHOUT_MEMBERS"),
            Endpoint.BREAK_GLASS, Set.of("BREAK_GLASS_DURATION"));

    /** The commands whose every allowed cell is refused by a rule of the case: they never succeed here. */
    private static final Set<Endpoint> ALWAYS_REFUSED = Set.of(Endpoint.CLOSURE, Endpoint.REOPENING,
            Endpoint.TRANSFER, Endpoint.SEAL, Endpoint.BREAK_GLASS);

    /**
     * Who may break the glass: whoever could change or read the case but for its seal, working on cases (not the
     * auditor), and only on a sealed case; the sealed team's member may too, and is then told the duration is wrong.
     */
    private static final Set<String> MAY_BREAK_GLASS = Set.of("as.comune1", "coord.udp");

    /**
     * The organisation each case manager works for. A contact not linked to anyone yet belongs to the organisation
     * that recorded it (CommandAuthorization): linking it to a case takes changing the case and working there, so the
     * Ambito's coordinator, who changes the Comuni's cases, does not link the contacts a Comune received.
     */
    private static final Map<String, String> ORGANISATION = Map.of("as.comune1", "comune-098031",
            "as.comune2", "comune-098019");

    /** Who reads the access log of a case: the DPO and the auditor, by role, whatever the case. */
    private static final Set<String> READ_ACCESS_LOG = Set.of("auditor", "dpo");

    record Fixture(String caseId, String owner, String manager, String organisation, String comune,
                   String codiceFiscale, String personId) {
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));
    private static final Map<Kind, Fixture> FIXTURES = new EnumMap<>(Kind.class);

    @Autowired
    private EventStore eventStore;

    @BeforeEach
    void openTheCases() {
        MatrixCases.openOnce(FIXTURES, this::as, this::fixture, Fixture::caseId);
    }

    static Stream<Arguments> matrix() {
        return AccessMatrixTest.EXPECTED.keySet().stream().sorted().flatMap(user -> Stream.of(Kind.values())
                .flatMap(kind -> Stream.of(Endpoint.values()).map(endpoint -> Arguments.of(user, kind, endpoint))));
    }

    @ParameterizedTest(name = "{0} {2} on the {1} case")
    @MethodSource("matrix")
    void eachUserReadsAndChangesACaseExactlyAsThePolicyAllows(String user, Kind kind, Endpoint endpoint) {
        Level level = AccessMatrixTest.EXPECTED.get(user).get(kind);
        Fixture fixture = FIXTURES.get(kind);
        WebTestClient client = withToken(user);
        if (endpoint.command()) {
            command(client, user, kind, level, fixture, endpoint);
            return;
        }
        switch (endpoint) {
            case TIMELINE -> {
                // Free text across every category: only for those who see the whole file, never for a partner.
                WebTestClient.ResponseSpec answer = client.get().uri("/api/cases/{id}/timeline", fixture.caseId())
                        .exchange();
                if (level == CHANGE || level == AUDIT) {
                    assertThat(answer.expectStatus().isOk().expectBodyList(Map.class).returnResult()
                            .getResponseBody()).isNotEmpty();
                } else {
                    denied(answer);
                }
            }
            case HISTORY -> {
                WebTestClient.ResponseSpec answer = client.get().uri("/api/cases/{id}/history", fixture.caseId())
                        .exchange();
                if (level == NONE) {
                    denied(answer);
                } else {
                    assertThat(answer.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody())
                            .isNotEmpty();
                }
            }
            case ACCESS_LOG -> {
                // Who read the case is for the DPO and the auditor by role: it names users and bases, not data.
                WebTestClient.ResponseSpec answer = client.get().uri("/api/cases/{id}/access-log", fixture.caseId())
                        .exchange();
                if (READ_ACCESS_LOG.contains(user)) {
                    List<Map> entries = answer.expectStatus().isOk().expectBodyList(Map.class).returnResult()
                            .getResponseBody();
                    assertThat(entries).isNotEmpty().allSatisfy(entry ->
                            assertThat(entry.get("caseId")).isEqualTo(fixture.caseId()));
                } else {
                    answer.expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("AUDIT_ONLY");
                }
            }
            case SEAL_READ -> {
                WebTestClient.ResponseSpec answer = client.get().uri("/api/cases/{id}/seal", fixture.caseId())
                        .exchange();
                if (level == NONE) {
                    denied(answer);
                } else if (kind == Kind.SEALED) {
                    assertThat(answer.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                            .get("members")).isEqualTo(List.of("as-comune1"));
                } else {
                    answer.expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("CASE_NOT_SEALED");
                }
            }
            case SEARCH -> {
                List<?> items = (List<?>) client.post().uri("/api/cases/search")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("text", fixture.codiceFiscale(), "size", 100)).exchange()
                        .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("items");
                List<Object> ids = items.stream().map(item -> (Object) ((Map<?, ?>) item).get("caseId")).toList();
                if (level == NONE) {
                    assertThat(ids).doesNotContain(fixture.caseId());
                } else {
                    assertThat(ids).contains(fixture.caseId());
                }
            }
            default -> throw new IllegalStateException(endpoint.name());
        }
    }

    private void command(WebTestClient client, String user, Kind kind, Level level, Fixture fixture,
                         Endpoint endpoint) {
        boolean allowed = switch (endpoint) {
            case BREAK_GLASS -> kind == Kind.SEALED && MAY_BREAK_GLASS.contains(user);
            case CONTACT_LINK -> level == CHANGE && fixture.organisation().equals(ORGANISATION.get(user));
            default -> level == CHANGE;
        };
        // A contact to link is made by the case's owner before the cell: it is not the cell's doing.
        String contact = endpoint == Endpoint.CONTACT_LINK ? contact(fixture) : null;
        long caseEvents = events(fixture.caseId());
        long sealEvents = events(SealId.of(CaseId.of(fixture.caseId())).value());

        EntityExchangeResult<Map> answer = send(client, fixture, endpoint, contact).expectBody(Map.class)
                .returnResult();
        HttpStatus status = HttpStatus.valueOf(answer.getStatus().value());
        Object code = answer.getResponseBody() == null ? null : answer.getResponseBody().get("code");

        if (!allowed) {
            assertThat(status).as("%s %s", status, answer.getResponseBody()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(code).isEqualTo("CASE_ACCESS_DENIED");
            assertThat(events(fixture.caseId())).as("a refused command changes nothing").isEqualTo(caseEvents);
            assertThat(events(SealId.of(CaseId.of(fixture.caseId())).value())).isEqualTo(sealEvents);
        } else if (ALWAYS_REFUSED.contains(endpoint)) {
            assertThat(status.is4xxClientError()).as("%s %s", status, answer.getResponseBody()).isTrue();
            assertThat(code).isIn(DOMAIN_REFUSALS.get(endpoint).toArray());
            assertThat(events(fixture.caseId())).isEqualTo(caseEvents);
        } else if (!status.is2xxSuccessful()) {
            assertThat(status).as("%s %s", status, answer.getResponseBody())
                    .isIn(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT);
            assertThat(code).isIn(DOMAIN_REFUSALS.getOrDefault(endpoint, Set.of()).toArray());
        }
    }

    private WebTestClient.ResponseSpec send(WebTestClient client, Fixture f, Endpoint endpoint, String contact) {
        String yesterday = TODAY.minusDays(1).toString();
        String path = "/api/cases/" + f.caseId();
        Map<String, Object> worker = body("role", "ASSISTENTE_SOCIALE", "organisation", f.organisation(),
                "user", f.manager());
        return switch (endpoint) {
            // The manager already in charge: past the check, the case answers that nothing changes.
            case CASE_MANAGER -> client.put().uri(path + "/case-manager").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body("caseManager", f.manager())).exchange();
            case ASSESSMENT -> request(client, path + "/assessments", body("kind", "ANALISI_PRELIMINARE",
                    "instrument", "Analisi Preliminare GePI", "assessedOn", yesterday, "result", "Da approfondire",
                    "participants", List.of(worker)));
            case TEAM -> client.put().uri(path + "/team").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body("members", List.of(worker))).exchange();
            case TEAM_MEETING -> request(client, path + "/team-meetings", body("heldOn", yesterday,
                    "attendees", List.of(worker), "decisions", "Proseguire il percorso"));
            // T0 each time: the first allowed cell records it, the next ones are told it is out of sequence.
            case MONITORING -> request(client, path + "/monitoring", body("step", 0, "monitoredOn", yesterday,
                    "scores", List.of(body("domain", "LAVORO", "score", 40)), "notes", "Punto di partenza"));
            case NOTE -> request(client, path + "/notes", body("notedOn", yesterday, "text", "Colloquio svolto"));
            case CLOSURE -> request(client, path + "/closure", body("outcome", "CONCLUSO_POSITIVAMENTE",
                    "beneficiaryRating", "POSITIVE", "operatorRating", "POSITIVE", "closedOn", "2000-01-01"));
            case REOPENING -> request(client, path + "/reopening", body("reopenedOn", yesterday,
                    "reason", "Nuovo bisogno"));
            case TRANSFER -> request(client, path + "/transfer", body("toOrganisation", f.organisation(),
                    "toResidenceComune", f.comune(), "transferredOn", yesterday));
            case SEAL -> request(client, path + "/seal", body("members", List.of()));
            case BREAK_GLASS -> request(client, path + "/break-glass", body("justification",
                    "Emergenza segnalata dal pronto soccorso, serve il quadro del nucleo", "minutes", 600));
            case PAIS_OPEN -> request(client, path + "/pais", body("objectives", List.of(body("description",
                    "Autonomia abitativa", "expectedResults", List.of(body("description", "Alloggio stabile"))))));
            case ADI_OPEN -> request(client, path + "/adi", body("padSignedOn", TODAY.minusDays(20).toString()));
            case SFL_OPEN -> request(client, path + "/sfl", body("startsOn", TODAY.minusDays(10).toString()));
            case INTERVENTION_OPEN -> request(client, "/api/interventions", body("caseId", f.caseId(),
                    "service", "SERVIZIO_ASSISTENZA_DOMICILIARE", "provider", "coop-il-mosaico", "funding", "FNPS",
                    "start", TODAY.minusDays(10).toString(), "plannedHours", 20));
            case TIROCINIO_OPEN -> request(client, "/api/tirocini", body("caseId", f.caseId(), "promoter", "udp-lodi",
                    "hostOrganisation", "coop-il-mosaico", "hostTutor", "Marta Galli, responsabile",
                    "serviceTutor", f.manager(), "start", TODAY.minusDays(20).toString(),
                    "plannedEnd", TODAY.plusDays(150).toString(), "weeklyHours", 20, "monthlyIndemnity", 0));
            case DISCHARGE_OPEN -> request(client, "/api/discharges", body("caseId", f.caseId(),
                    "hospital", "asst-lodi", "ward", "Medicina", "admittedOn", TODAY.minusDays(6).toString(),
                    "expectedDischargeOn", TODAY.minusDays(3).toString(),
                    "referredAt", Instant.now().minus(5, ChronoUnit.DAYS).toString()));
            case CONTACT_LINK -> request(client, "/api/contacts/" + contact + "/link",
                    body("personId", f.personId(), "caseId", f.caseId()));
            default -> throw new IllegalStateException(endpoint.name());
        };
    }

    /** A contact received by the case's organisation, not linked yet. */
    private String contact(Fixture f) {
        return (String) request(withToken(f.owner()), "/api/contacts", body("kind", "ACCESS",
                "channel", "SEGRETARIATO_SOCIALE", "receivingOrganisation", f.organisation(),
                "residenceComune", f.comune(), "need", "A", "sex", "M", "ageBand", "AGE_45_64"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("contactId");
    }

    /** A case of its own person and household, whose team is formed so that its meetings may be recorded. */
    private Fixture fixture(String owner, String manager, String comune) {
        WebTestClient client = as(owner);
        Map<String, Object> person = UniquePeople.next();
        Map<String, Object> registration = new LinkedHashMap<>(person);
        registration.put("residenceComune", comune);
        String personId = (String) post(client, "/api/persons", registration).get("personId");
        String household = (String) post(client, "/api/households", body("members",
                List.of(body("personId", personId, "relationship", "REFERENCE_PERSON", "role", "APPLICANT")),
                "compositionType", "SINGLE_PERSON")).get("householdId");
        String organisation = "comune-" + comune;
        String caseId = CaseFixtures.openFor(client, personId, household, organisation, manager);
        client.put().uri("/api/cases/{id}/team", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body("members", List.of(body("role", "ASSISTENTE_SOCIALE", "organisation", organisation,
                        "user", manager)))).exchange().expectStatus().isOk();
        return new Fixture(caseId, owner, manager, organisation, comune, (String) person.get("codiceFiscale"),
                personId);
    }

    private static void denied(WebTestClient.ResponseSpec answer) {
        answer.expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("CASE_ACCESS_DENIED");
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

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
