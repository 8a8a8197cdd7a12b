package it.cartella.app.reliability;

import it.cartella.app.CartellaAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two people change the same case: the case manager of the Comune and the Ufficio di Piano's coordinator, who may
 * change every case of the Ambito. Each names the version it saw in {@code If-Match}; whoever is second, whether at
 * the same instant or minutes later, is refused with 409 and the current version, stores nothing, and succeeds once
 * it retries on the current version.
 */
class CaseConcurrencyTest extends CartellaAppTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private WebTestClient caseManager;
    private WebTestClient coordinator;
    private String caseId;

    @BeforeEach
    void openCase() {
        caseManager = as("as.comune1");
        coordinator = as("coord.udp");
        caseId = (String) caseManager.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TestPeople.openCase("Ottavia", "Concorrenti")).exchange().expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody().get("caseId");
    }

    @Test
    void theCaseDetailCarriesItsVersionAsETag() {
        EntityExchangeResult<Map<String, Object>> detail = detailAtVersion(0);
        assertThat(detail.getResponseHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(detail.getResponseBody()).containsEntry("version", 0);
    }

    @Test
    void ofTwoSimultaneousChangesOnTheSameVersionOneWinsAndTheOtherGetsTheCurrentVersion() throws Exception {
        detailAtVersion(0);
        long before = storedEvents();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<EntityExchangeResult<Map<String, Object>>>> answers = List.of(caseManager, coordinator)
                .stream().map(user -> CompletableFuture.supplyAsync(() -> {
                    awaitLatch(start);
                    return note(user, "\"0\"", "Colloquio con la signora").expectBody(JSON).returnResult();
                })).toList();
        start.countDown();

        List<EntityExchangeResult<Map<String, Object>>> results = answers.stream().map(CompletableFuture::join)
                .toList();
        List<EntityExchangeResult<Map<String, Object>>> won = results.stream()
                .filter(r -> r.getStatus() == HttpStatus.OK).toList();
        List<EntityExchangeResult<Map<String, Object>>> lost = results.stream()
                .filter(r -> r.getStatus() == HttpStatus.CONFLICT).toList();
        assertThat(won).hasSize(1);
        assertThat(lost).hasSize(1);
        assertThat(won.get(0).getResponseHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(won.get(0).getResponseBody()).containsEntry("version", 1);
        assertVersionConflict(lost.get(0), 1);
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedAndSucceedsWhenRetriedOnTheCurrentOne() {
        detailAtVersion(0);
        // The coordinator read version 0; meanwhile the case manager changes the case twice.
        note(caseManager, "\"0\"", "Primo colloquio").expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
        note(caseManager, "\"1\"", "Secondo colloquio").expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");
        long before = storedEvents();

        EntityExchangeResult<Map<String, Object>> stale = note(coordinator, "\"0\"", "Nota del coordinamento")
                .expectBody(JSON).returnResult();
        assertVersionConflict(stale, 2);
        assertThat(storedEvents()).isEqualTo(before);

        // The coordinator reloads the case, sees what changed, and retries on the version it now has.
        String current = detailAtVersion(2).getResponseHeaders().getETag();
        note(coordinator, current, "Nota del coordinamento").expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"3\"");
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(detailAtVersion(3).getResponseBody()).containsEntry("notesCount", 3);
    }

    @Test
    void theConflictIsToldInEnglishToWhoeverAsks() {
        note(caseManager, "\"0\"", "Primo colloquio").expectStatus().isOk();
        caseManager.post().uri("/api/cases/{id}/notes", caseId).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, "\"0\"").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .bodyValue(Map.of("notedOn", "2025-02-12", "text", "Second"))
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.currentVersion").isEqualTo(1)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("The record was changed"));
    }

    @Test
    void anUnreadableIfMatchIsRefusedAndStoresNothing() {
        long before = storedEvents();
        caseManager.post().uri("/api/cases/{id}/notes", caseId).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.IF_MATCH, "W/\"0\"")
                .bodyValue(Map.of("notedOn", "2025-02-12", "text", "Nota"))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("IF_MATCH_INVALID")
                .jsonPath("$.errors[0].field").isEqualTo("If-Match")
                .jsonPath("$.errors[0].message_it").isNotEmpty()
                .jsonPath("$.errors[0].message_en").isNotEmpty();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aChangeWithoutIfMatchAppliesToTheCurrentVersionAndReportsTheNewOne() {
        note(caseManager, null, "Senza versione").expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
    }

    private static void assertVersionConflict(EntityExchangeResult<Map<String, Object>> answer, int currentVersion) {
        assertThat(answer.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getResponseHeaders().getETag()).isEqualTo("\"" + currentVersion + "\"");
        Map<String, Object> problem = answer.getResponseBody();
        assertThat(problem).containsEntry("status", 409).containsEntry("code", "VERSION_CONFLICT")
                .containsEntry("type", "urn:cartella:problem:version-conflict")
                .containsEntry("currentVersion", currentVersion);
        assertThat((String) problem.get("detail")).startsWith("I dati sono stati modificati");
        @SuppressWarnings("unchecked")
        Map<String, Object> error = ((List<Map<String, Object>>) problem.get("errors")).get(0);
        assertThat((String) error.get("message_en")).startsWith("The record was changed by someone else");
    }

    private WebTestClient.ResponseSpec note(WebTestClient user, String ifMatch, String text) {
        return user.post().uri("/api/cases/{id}/notes", caseId).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (ifMatch != null) {
                        h.set(HttpHeaders.IF_MATCH, ifMatch);
                    }
                })
                .bodyValue(Map.of("notedOn", "2025-02-12", "text", text)).exchange();
    }

    /** The case detail once its read model has caught up with that version of the case. */
    private EntityExchangeResult<Map<String, Object>> detailAtVersion(int version) {
        await().atMost(Duration.ofSeconds(20)).until(() -> caseManager.get().uri("/api/cases/{id}", caseId)
                .exchange().returnResult(String.class).getResponseHeaders().getETag(), ("\"" + version + "\"")::equals);
        return caseManager.get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
