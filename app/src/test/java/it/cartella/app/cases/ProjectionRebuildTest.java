package it.cartella.app.cases;

import com.mongodb.client.MongoDatabase;
import it.cartella.app.CartellaAppTest;
import it.cartella.query.cases.CaseFileProjection;
import it.cartella.query.cases.CaseProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static it.cartella.app.journey.Json.list;
import static it.cartella.app.journey.Json.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case projections (list and case file), reset and replayed from the first event, rebuild exactly the
 * collections they had built live. Other features' processors are left alone: they have their own replay tests.
 */
class ProjectionRebuildTest extends CartellaAppTest {

    private static final List<String> READ_MODELS = List.of("case_view", "case_view_persons", "case_file",
            "case_file_links", "case_file_households");

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Autowired
    private MongoDatabase database;

    @Test
    void resetAndReplayGiveTheSameReadModels() {
        String caseId = (String) post("/api/cases", CaseRequests.davide()).get("caseId");
        String path = "/api/cases/" + caseId;
        post(path + "/notes", of("notedOn", "2025-01-05", "text", "Primo colloquio"));
        post(path + "/monitoring", of("step", 0, "monitoredOn", "2025-01-06",
                "scores", list(of("domain", "ABITARE", "score", 30))));
        post("/api/tirocini", of("caseId", caseId, "promoter", "udp-lodi", "hostOrganisation", "coop-il-mosaico",
                "hostTutor", "Marta Galli", "start", "2025-02-01", "plannedEnd", "2025-07-31", "weeklyHours", 15,
                "monthlyIndemnity", 300, "indemnityFunding", "QSFP"));
        List<TrackingEventProcessor> processors = trackingProcessors();
        await().atMost(Duration.ofSeconds(20)).until(() -> caughtUp(processors)
                && web.get().uri(path).exchange().returnResult(Map.class).getResponseBody().blockFirst()
                .toString().contains("coop-il-mosaico"));
        Map<String, List<Document>> live = readModels();

        for (TrackingEventProcessor processor : processors) {
            // A processor stopped before it claimed its segment would restart without it.
            await().atMost(Duration.ofSeconds(10)).until(() -> !processor.processingStatus().isEmpty());
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(processors) && readModels().equals(live));
        assertThat(readModels()).isEqualTo(live);
        assertThat(live.get("case_file")).isNotEmpty();
    }

    private List<TrackingEventProcessor> trackingProcessors() {
        return List.of(CaseProjection.PROCESSING_GROUP, CaseFileProjection.PROCESSING_GROUP).stream()
                .map(name -> eventProcessing.eventProcessor(name, TrackingEventProcessor.class).orElseThrow())
                .toList();
    }

    private static boolean caughtUp(List<TrackingEventProcessor> processors) {
        return processors.stream().allMatch(p -> !p.isReplaying() && !p.processingStatus().isEmpty()
                && p.processingStatus().values().stream().allMatch(s -> s.isCaughtUp()));
    }

    private Map<String, List<Document>> readModels() {
        Map<String, List<Document>> models = new LinkedHashMap<>();
        READ_MODELS.forEach(name -> models.put(name, database.getCollection(name).find()
                .sort(new Document("_id", 1)).into(new ArrayList<>())));
        return models;
    }

    private Map<?, ?> post(String uri, Map<String, Object> body) {
        return web.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult().getResponseBody();
    }
}
