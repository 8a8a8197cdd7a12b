package it.cartella.app.command;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseRequests;
import it.cartella.kernel.cases.CaseOpened;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency keys, actor and correlation metadata, and the conflicts of the command API. */
class CommandApiTest extends CartellaAppTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    private EventStore eventStore;

    @Autowired
    private MongoDatabase database;

    @Test
    void aRetryWithTheSameKeyGetsTheSameAnswerAndStoresNothingMore() {
        String key = UUID.randomUUID().toString();
        EntityExchangeResult<Map<String, Object>> first = open(CaseRequests.sara(), key).expectStatus().isCreated()
                .expectBody(JSON).returnResult();
        long stored = storedEvents();

        EntityExchangeResult<Map<String, Object>> retry = open(CaseRequests.sara(), key).expectStatus().isCreated()
                .expectHeader().valueEquals(Commands.REPLAYED, "true")
                .expectBody(JSON).returnResult();

        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(retry.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(storedEvents()).isEqualTo(stored);
    }

    @Test
    void twoIdenticalRequestsAtOnceStoreOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = storedEvents();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Map<String, Object>>> answers = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return open(CaseRequests.davide(), key).expectStatus().isCreated().expectBody(JSON)
                            .returnResult().getResponseBody();
                })).toList();
        start.countDown();

        assertThat(answers.get(0).get()).isEqualTo(answers.get(1).get());
        // The person may have been registered by an earlier test: one case opened, at most one person registered.
        assertThat(storedEvents() - before).isBetween(1L, 2L);
        assertThat(eventStore.readEvents((String) answers.get(0).get().get("caseId"), 0).asStream().count())
                .isEqualTo(1);
    }

    /**
     * A node killed while it ran a request leaves the key claimed and unanswered (here made so by hand: the kill
     * itself is {@code KillIT}'s). A retry must not run the commands a second time.
     */
    @Test
    void aRetryOfARequestInterruptedByACrashIsToldSoAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        Object caseId = open(CaseRequests.sara(), key).expectStatus().isCreated().expectBody(JSON).returnResult()
                .getResponseBody().get("caseId");
        Document claim = idempotencyKeys().find(Filters.regex("body", caseId.toString())).first();
        idempotencyKeys().updateOne(Filters.eq("_id", claim.get("_id")), Updates.combine(
                Updates.set("state", "PENDING"), Updates.unset("body"),
                Updates.set("claimedAt", Date.from(Instant.now().minus(Duration.ofHours(1))))));
        long stored = storedEvents();

        open(CaseRequests.sara(), key).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.code").isEqualTo("IDEMPOTENT_REQUEST_INTERRUPTED")
                .jsonPath("$.errors[0].message_it").value(message -> assertThat((String) message)
                        .startsWith("La richiesta con questa Idempotency-Key è stata interrotta"));
        assertThat(storedEvents()).isEqualTo(stored);
    }

    private MongoCollection<Document> idempotencyKeys() {
        return database.getCollection(IdempotencyStore.COLLECTION);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        open(CaseRequests.elena(), key).expectStatus().isCreated();
        Map<String, Object> other = CaseRequests.elena();
        other.put("macroArea", "H");
        long stored = storedEvents();

        open(other, key).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED")
                .jsonPath("$.errors[0].message_en").isEqualTo(
                        "This Idempotency-Key was already used for a different request: use a new one.");
        assertThat(storedEvents()).isEqualTo(stored);
    }

    @Test
    void aKeyIsScopedByUser() {
        String key = UUID.randomUUID().toString();
        Object first = open(CaseRequests.paolo(), key).expectStatus().isCreated().expectBody(JSON).returnResult()
                .getResponseBody().get("caseId");
        Object second = as("coord.udp").post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .header(Commands.IDEMPOTENCY_KEY, key)
                .bodyValue(CaseRequests.paolo()).exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("caseId");

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void eventsCarryTheActorTheOrganisationAndTheCorrelationId() {
        String caseId = (String) as("coord.udp").post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .header(CorrelationId.HEADER, "corr-42")
                .bodyValue(CaseRequests.sara()).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(CorrelationId.HEADER, "corr-42")
                .expectBody(JSON).returnResult().getResponseBody().get("caseId");

        DomainEventMessage<?> opened = eventStore.readEvents(caseId, 0).next();
        assertThat(opened.getPayload()).isInstanceOf(CaseOpened.class);
        assertThat(opened.getMetaData()).containsEntry("actor", "coord-udp")
                .containsEntry("organisation", "udp-lodi")
                .containsEntry("role", "COORDINATOR")
                .containsEntry("correlationId", "corr-42")
                .containsKeys("causationId", "traceId");
    }

    @Test
    void aCorrelationIdIsGeneratedWhenAbsent() {
        web.get().uri("/api/cases").exchange().expectStatus().isOk()
                .expectHeader().value(CorrelationId.HEADER, id -> assertThat(id).hasSize(36));
    }

    @Test
    void aCommandOnAnUnknownCaseIsNotFound() {
        web.post().uri("/api/cases/{id}/notes", "no-such-case").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("notedOn", "2025-01-10", "text", "Colloquio")).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("RECORD_NOT_FOUND");
    }

    private WebTestClient.ResponseSpec open(Map<String, Object> body, String key) {
        return web.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .header(Commands.IDEMPOTENCY_KEY, key).bodyValue(body).exchange();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
