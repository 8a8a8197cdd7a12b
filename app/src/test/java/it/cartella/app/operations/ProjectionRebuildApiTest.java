package it.cartella.app.operations;

import com.mongodb.client.MongoDatabase;
import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseRequests;
import it.cartella.query.worklist.WorklistProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An administrator rebuilds a read model through the API: the request answers at once with a job, the progress is
 * readable by polling, and the rebuilt read model is the one built live. Anyone else is refused.
 */
class ProjectionRebuildApiTest extends CartellaAppTest {

    private static final List<String> WORKLIST = List.of("worklist_items", "worklist_cases", "worklist_meta");

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Autowired
    private MongoDatabase database;

    @Test
    void anAdministratorRebuildsTheWorklistAndItComesBackTheSame() {
        Map<?, ?> opened = web.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CaseRequests.davide()).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        // An ADI benefit opens a deadline: an item on the worklist.
        web.post().uri("/api/cases/" + opened.get("caseId") + "/adi").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("padSignedOn", LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(10).toString()))
                .exchange().expectStatus().isCreated();
        StreamingEventProcessor processor = worklist();
        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(processor)
                && database.getCollection("worklist_items").countDocuments() > 0);
        Map<String, List<Document>> live = readModel();
        assertThat(live.get("worklist_items")).isNotEmpty();

        WebTestClient admin = as("admin");
        Map<?, ?> started = admin.post().uri("/api/admin/projections/worklist/rebuild").exchange()
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(started.get("jobId")).isNotNull();
        assertThat(started.get("percent")).isNotEqualTo(100);

        List<Integer> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Map<?, ?> progress = admin.get().uri("/api/admin/projections/worklist").exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            assertThat(progress.get("jobId")).isEqualTo(started.get("jobId"));
            seen.add(((Number) progress.get("percent")).intValue());
            return "CURRENT".equals(progress.get("stage")) && Integer.valueOf(100).equals(progress.get("percent"))
                    && ((Number) progress.get("position")).longValue() > 0;
        });
        assertThat(seen).isSorted();
        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(processor) && readModel().equals(live));
        assertThat(readModel()).isEqualTo(live);
    }

    @Test
    void nobodyButAnAdministratorMayRebuildOrFollowARebuild() {
        for (String user : List.of("as.comune1", "dpo", "auditor")) {
            as(user).post().uri("/api/admin/projections/worklist/rebuild").exchange().expectStatus().isForbidden();
            as(user).get().uri("/api/admin/projections/worklist").exchange().expectStatus().isForbidden();
        }
        as("admin").post().uri("/api/admin/projections/case-access/rebuild").exchange().expectStatus().isNotFound();
        assertThat(worklist().isRunning()).isTrue();
    }

    /** Whatever happened, the shared context's worklist runs again and is current for the tests that follow. */
    @AfterEach
    void worklistRunsAndIsCurrent() {
        StreamingEventProcessor processor = worklist();
        await().atMost(Duration.ofSeconds(60)).until(() -> processor.isRunning() && caughtUp(processor));
    }

    private StreamingEventProcessor worklist() {
        return eventProcessing.eventProcessor(WorklistProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    /**
     * Every segment caught up with the store and past where it was reset. Not {@code !isReplaying()}: after a reset
     * Axon calls a segment replaying until an event beyond the reset position arrives, however quiet the store.
     */
    private static boolean caughtUp(StreamingEventProcessor processor) {
        return !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                .allMatch(s -> s.isCaughtUp()
                        && s.getCurrentPosition().orElse(-1) >= s.getResetPosition().orElse(-1));
    }

    private Map<String, List<Document>> readModel() {
        Map<String, List<Document>> models = new LinkedHashMap<>();
        WORKLIST.forEach(name -> models.put(name, database.getCollection(name).find()
                .sort(new Document("_id", 1)).into(new ArrayList<>())));
        return models;
    }
}
