package it.cartella.app.access;

import it.cartella.app.CartellaAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static it.cartella.app.access.AccessMatrixTest.Level.AUDIT;
import static it.cartella.app.access.AccessMatrixTest.Level.CHANGE;
import static it.cartella.app.access.AccessMatrixTest.Level.NONE;
import static it.cartella.app.access.AccessMatrixTest.Level.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees and changes what: every case endpoint × every demo user × a case of their own, of another Comune,
 * shared with the Caritas (and referred to the ASST), and sealed.
 */
class AccessMatrixTest extends CartellaAppTest {

    /** What a user may do with a case: nothing, read what a partner was granted, read all, read and change. */
    enum Level { NONE, PARTNER, AUDIT, CHANGE }

    enum Kind { OWN, OTHER, SHARED, SEALED }

    enum Endpoint { DETAIL, LIST, SHARING, GRANT_SHARE, SEND_REFERRAL }

    /** The expected matrix: the rules of the access policy, written out case by case. */
    static final Map<String, Map<Kind, Level>> EXPECTED = Map.of(
            "as.comune1", levels(CHANGE, NONE, CHANGE, CHANGE),
            "as.comune2", levels(NONE, CHANGE, NONE, NONE),
            "coord.udp", levels(CHANGE, CHANGE, CHANGE, NONE),
            "op.asst", levels(NONE, PARTNER, NONE, NONE),
            "op.caritas", levels(NONE, NONE, PARTNER, NONE),
            "auditor", levels(AUDIT, AUDIT, AUDIT, NONE),
            "analista", levels(NONE, NONE, NONE, NONE),
            "dpo", levels(NONE, NONE, NONE, NONE));

    /** Who may open a case for the first Comune. */
    private static final Map<String, Boolean> MAY_OPEN = Map.of("as.comune1", true, "as.comune2", false,
            "coord.udp", true, "op.asst", false, "op.caritas", false, "auditor", false, "analista", false,
            "dpo", false);

    private static final Map<Kind, String> CASES = new EnumMap<>(Kind.class);

    @BeforeEach
    void openTheCases() {
        synchronized (CASES) {
            if (!CASES.isEmpty()) {
                return;
            }
            WebTestClient comune1 = as("as.comune1");
            WebTestClient comune2 = as("as.comune2");
            CASES.put(Kind.OWN, CaseFixtures.open(comune1, CaseFixtures.PEOPLE.get(0), "comune-098031", "as-comune1"));
            CASES.put(Kind.OTHER, CaseFixtures.open(comune2, CaseFixtures.PEOPLE.get(1), "comune-098019", "as-comune2"));
            CASES.put(Kind.SHARED, CaseFixtures.open(comune1, CaseFixtures.PEOPLE.get(2), "comune-098031", "as-comune1"));
            CASES.put(Kind.SEALED, CaseFixtures.open(comune1, CaseFixtures.PEOPLE.get(3), "comune-098031", "as-comune1"));
            comune1.post().uri("/api/cases/{id}/shares", CASES.get(Kind.SHARED)).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(CaseFixtures.share("caritas-lodi", List.of("CONTACT", "SOCIAL"),
                            Instant.now().plus(30, ChronoUnit.DAYS)))
                    .exchange().expectStatus().isCreated();
            String referral = (String) comune2.post().uri("/api/cases/{id}/referrals", CASES.get(Kind.OTHER))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(CaseFixtures.referral("asst-lodi", List.of("IDENTIFYING", "HEALTH")))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                    .getResponseBody().get("referralId");
            as("op.asst").post().uri("/api/referrals/{id}/accept", referral).exchange().expectStatus().isOk();
            comune1.post().uri("/api/cases/{id}/seal", CASES.get(Kind.SEALED)).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("members", List.of("as-comune1"))).exchange().expectStatus().isOk();
        }
    }

    static Stream<Arguments> matrix() {
        return EXPECTED.keySet().stream().sorted().flatMap(user -> Stream.of(Kind.values())
                .flatMap(kind -> Stream.of(Endpoint.values()).map(endpoint -> Arguments.of(user, kind, endpoint))));
    }

    @ParameterizedTest(name = "{0} {2} on the {1} case")
    @MethodSource("matrix")
    void eachUserSeesAndChangesExactlyWhatThePolicyAllows(String user, Kind kind, Endpoint endpoint) {
        Level level = EXPECTED.get(user).get(kind);
        String caseId = CASES.get(kind);
        WebTestClient client = as(user);
        switch (endpoint) {
            case DETAIL -> {
                WebTestClient.ResponseSpec response = client.get().uri("/api/cases/{id}", caseId).exchange();
                if (level == NONE) {
                    response.expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("CASE_ACCESS_DENIED");
                } else {
                    Map<?, ?> detail = response.expectStatus().isOk().expectBody(Map.class).returnResult()
                            .getResponseBody();
                    assertThat(detail.get("caseId")).isEqualTo(caseId);
                    assertThat(detail.containsKey("withheld")).isTrue();
                }
            }
            case LIST -> {
                List<?> items = (List<?>) client.get().uri("/api/cases?size=100").exchange().expectStatus().isOk()
                        .expectBody(Map.class).returnResult().getResponseBody().get("items");
                List<Object> ids = items.stream().map(item -> (Object) ((Map<?, ?>) item).get("caseId")).toList();
                if (level == NONE) {
                    assertThat(ids).doesNotContain(caseId);
                } else {
                    assertThat(ids).contains(caseId);
                }
            }
            case SHARING -> client.get().uri("/api/cases/{id}/shares", caseId).exchange()
                    .expectStatus().isEqualTo(level == AUDIT || level == CHANGE ? HttpStatus.OK : HttpStatus.FORBIDDEN);
            case GRANT_SHARE -> client.post().uri("/api/cases/{id}/shares", caseId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(CaseFixtures.share("coop-il-mosaico", List.of("SOCIAL"),
                            Instant.now().plus(1, ChronoUnit.DAYS)))
                    .exchange()
                    .expectStatus().isEqualTo(level == CHANGE ? HttpStatus.CREATED : HttpStatus.FORBIDDEN);
            case SEND_REFERRAL -> client.post().uri("/api/cases/{id}/referrals", caseId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(CaseFixtures.referral("coop-il-mosaico", List.of("SOCIAL")))
                    .exchange()
                    .expectStatus().isEqualTo(level == CHANGE ? HttpStatus.CREATED : HttpStatus.FORBIDDEN);
        }
    }

    static Stream<String> users() {
        return MAY_OPEN.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0} opens a case for the first Comune")
    @MethodSource("users")
    void onlyTheComunesCaseManagersAndItsCoordinatorsOpenItsCases(String user) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> person = CaseFixtures.PEOPLE.get(4);
        body.put("codiceFiscale", person.get(0));
        body.put("firstName", person.get(1));
        body.put("lastName", person.get(2));
        body.put("birthDate", person.get(3));
        body.put("sex", person.get(4));
        body.put("residenceComune", "098031");
        body.put("macroArea", "A");
        body.put("channel", "SEGRETARIATO_SOCIALE");
        body.put("owningOrganisation", "comune-098031");
        body.put("caseManager", "as-comune1");
        as(user).post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isEqualTo(MAY_OPEN.get(user) ? HttpStatus.CREATED : HttpStatus.FORBIDDEN);
    }

    private static Map<Kind, Level> levels(Level own, Level other, Level shared, Level sealed) {
        Map<Kind, Level> levels = new EnumMap<>(Kind.class);
        levels.put(Kind.OWN, own);
        levels.put(Kind.OTHER, other);
        levels.put(Kind.SHARED, shared);
        levels.put(Kind.SEALED, sealed);
        return levels;
    }
}
