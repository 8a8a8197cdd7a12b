package it.cartella.app.access;

import com.mongodb.client.MongoDatabase;
import it.cartella.app.CartellaAppTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data of the sealed-violence category (a protected shelter's address) are shown to the sealed team only: not to a
 * coordinator who broke the glass, not to partners, and they are stored encrypted like every personal field.
 */
class SealedDataTest extends CartellaAppTest {

    private static final String SHELTER = "Casa rifugio Le Querce, via dei Tigli 4, Lodi";

    @Autowired
    private MongoDatabase database;

    @Test
    void aSheltersAddressIsShownToTheSealedTeamOnlyBreakGlassIncluded() {
        Map<String, Object> opening = new LinkedHashMap<>(UniquePeople.next());
        opening.putAll(CaseFixtures.terms("comune-098031", "as-comune1"));
        String caseId = CaseFixtures.openWith(web, opening);
        web.post().uri("/api/cases/{id}/seal", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("members", List.of("as-comune1"), "shelter", SHELTER)).exchange()
                .expectStatus().isOk();

        web.get().uri("/api/cases/{id}/seal", caseId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.shelter").isEqualTo(SHELTER)
                .jsonPath("$.members[0]").isEqualTo("as-comune1")
                .jsonPath("$.withheld").isEmpty();
        WebTestClient coordinator = as("coord.udp");
        coordinator.get().uri("/api/cases/{id}/seal", caseId).exchange().expectStatus().isForbidden();
        as("op.caritas").get().uri("/api/cases/{id}/seal", caseId).exchange().expectStatus().isForbidden();

        coordinator.post().uri("/api/cases/{id}/break-glass", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("justification", "Pronto intervento notturno, referente irraggiungibile",
                        "minutes", 30)).exchange().expectStatus().isOk();
        coordinator.get().uri("/api/cases/{id}/seal", caseId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.members[0]").isEqualTo("as-comune1")
                .jsonPath("$.shelter").doesNotExist()
                .jsonPath("$.withheld[0]").isEqualTo("SEALED_VIOLENCE");
        for (String read : List.of("/api/cases/{id}", "/api/cases/{id}/history", "/api/cases/{id}/timeline")) {
            String answer = coordinator.get().uri(read, caseId).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(answer).as(read).doesNotContain("Querce");
        }

        for (String collection : database.listCollectionNames()) {
            for (Document document : database.getCollection(collection).find()) {
                assertThat(document.toJson()).as(collection).doesNotContain("Querce");
            }
        }
    }
}
