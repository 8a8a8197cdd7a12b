package it.cartella.app.audit;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import it.cartella.app.CartellaAppTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.awaitility.Awaitility.await;

/** Every read and command on a case is in the hash-chained access log, and tampering is found. */
class AccessLogTest extends CartellaAppTest {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @Autowired
    private MongoDatabase database;

    @Autowired
    private AccessLog accessLog;

    @Test
    void readsAndCommandsAllowedOrDeniedAreLoggedWithWhoWhatAndWhichCategories() {
        String caseId = openCase();
        web.get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk();
        as("op.caritas").get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isForbidden();
        web.get().uri("/api/cases?size=100").exchange().expectStatus().isOk();

        as("op.caritas").get().uri("/api/cases/{id}/access-log", caseId).exchange().expectStatus().isForbidden();
        List<Map<String, Object>> entries = as("auditor").get().uri("/api/cases/{id}/access-log", caseId).exchange()
                .expectStatus().isOk().expectBodyList(MAP).returnResult().getResponseBody();

        assertThat(entries).extracting(e -> e.get("action"))
                .containsSubsequence("OpenCase", "READ_DETAIL", "READ_DETAIL", "READ_LIST");
        Map<String, Object> read = entries.stream().filter(e -> "READ_DETAIL".equals(e.get("action"))).findFirst()
                .orElseThrow();
        assertThat(read).containsEntry("userId", "as-comune1").containsEntry("organisation", "comune-098031")
                .containsEntry("roles", List.of("CASE_MANAGER")).containsEntry("outcome", "ALLOWED")
                .containsEntry("basis", "CASE_MANAGER").containsEntry("purpose", "presa in carico");
        assertThat(read.get("categories")).asInstanceOf(list(String.class)).contains("IDENTIFYING", "HEALTH").doesNotContain("SEALED_VIOLENCE");
        assertThat(read.get("personId")).isNotNull();
        assertThat(entries).anySatisfy(e -> assertThat(e).containsEntry("userId", "op-caritas")
                .containsEntry("outcome", "DENIED").containsEntry("categories", List.of()));
    }

    @Test
    void theChainVerifiesAndATamperedEntryIsFoundWhereItWasChanged() {
        String caseId = openCase();
        web.get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk();
        web.get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk();
        as("dpo").get().uri("/api/access-log/verify").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.intact").isEqualTo(true).jsonPath("$.firstBroken").doesNotExist();
        as("analista").get().uri("/api/access-log/verify").exchange().expectStatus().isForbidden();

        Document victim = database.getCollection(AccessLog.COLLECTION)
                .find(Filters.eq("caseId", caseId)).sort(Sorts.ascending("_id")).first();
        long tampered = victim.getLong("_id");
        try {
            // Someone with database access hides that as-comune1 opened the case.
            database.getCollection(AccessLog.COLLECTION).updateOne(Filters.eq("_id", tampered),
                    Updates.set("userId", "someone-else"));

            as("auditor").get().uri("/api/access-log/verify").exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.intact").isEqualTo(false)
                    .jsonPath("$.firstBroken").isEqualTo(tampered)
                    .jsonPath("$.problem").isEqualTo("HASH_MISMATCH")
                    .jsonPath("$.verified").isEqualTo(tampered - 1);
        } finally {
            database.getCollection(AccessLog.COLLECTION).replaceOne(Filters.eq("_id", tampered), victim);
        }
        assertThat(accessLog.verify().intact()).isTrue();
    }

    @Test
    void anEntryRemovedOrRewrittenWithAFreshHashBreaksTheLinkOfTheNext() {
        String caseId = openCase();
        web.get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk();
        web.get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk();
        Document victim = database.getCollection(AccessLog.COLLECTION)
                .find(Filters.eq("caseId", caseId)).sort(Sorts.ascending("_id")).first();
        long tampered = victim.getLong("_id");
        try {
            database.getCollection(AccessLog.COLLECTION).updateOne(Filters.eq("_id", tampered),
                    Updates.set("hash", "f".repeat(64)));
            ChainVerification verification = accessLog.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBroken()).isIn(tampered, tampered + 1);
        } finally {
            database.getCollection(AccessLog.COLLECTION).replaceOne(Filters.eq("_id", tampered), victim);
        }
    }

    private String openCase() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codiceFiscale", "FNTGPP66H10E648Q");
        body.put("firstName", "Giuseppe");
        body.put("lastName", "Fontana");
        body.put("birthDate", "1966-06-10");
        body.put("sex", "M");
        body.put("residenceComune", "098031");
        body.put("macroArea", "A");
        body.put("channel", "SEGRETARIATO_SOCIALE");
        body.put("owningOrganisation", "comune-098031");
        body.put("caseManager", "as-comune1");
        String caseId = (String) web.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("caseId");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> web.get().uri("/api/cases/{id}", caseId).exchange().returnResult(String.class)
                        .getStatus().is2xxSuccessful());
        return caseId;
    }

}
