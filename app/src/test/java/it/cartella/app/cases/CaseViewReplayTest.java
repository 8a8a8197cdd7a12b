package it.cartella.app.cases;

import it.cartella.app.CartellaAppTest;
import it.cartella.query.cases.CaseProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CaseViewReplayTest extends CartellaAppTest {

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Test
    void theCaseViewRebuiltFromTheEventsIsTheSame() {
        String caseId = (String) web.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CaseRequests.sara()).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("caseId");
        await().atMost(Duration.ofSeconds(10)).until(() -> listAll().toString().contains(caseId));
        Map<?, ?> before = listAll();
        TrackingEventProcessor processor = eventProcessing
                .eventProcessor(CaseProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        // A processor stopped before it claimed its segment would restart without it.
        await().atMost(Duration.ofSeconds(10)).until(() -> !processor.processingStatus().isEmpty());

        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> !processor.isReplaying() && listAll().equals(before));
        assertThat(listAll()).isEqualTo(before);
    }

    private Map<?, ?> listAll() {
        return web.get().uri("/api/cases?size=100").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }
}
