package it.cartella.app.erasure;

import com.mongodb.client.MongoDatabase;
import it.cartella.app.CartellaAppTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The DPO erases a person whose retention period has ended: their data are then found nowhere. */
class ErasureTest extends CartellaAppTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private static final String CODICE_FISCALE = "QGLZFR50B03E648D";
    private static final String FIRST_NAME = "Zeffirino";
    private static final String LAST_NAME = "Quagliarella";

    @Autowired
    private MongoDatabase database;

    @Test
    void anErasedPersonsNameAndCodiceFiscaleAreInNoCollectionAndTheStatisticsStay() {
        String caseId = open(CODICE_FISCALE, FIRST_NAME, LAST_NAME, "1950-02-03", "M", "2010-01-11");
        web.post().uri("/api/cases/{id}/closure", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", "TRASFERITO", "beneficiaryRating", "NOT_EXPRESSED",
                        "operatorRating", "PARTIAL", "closedOn", "2012-01-10", "notes", "Trasferito altrove"))
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(20)).until(() -> "CLOSED".equals(detail(caseId).get("status")));
        String personId = (String) detail(caseId).get("personId");
        // The codice fiscale registry holds a keyed hash of the code, naming the person: it must go too.
        String claim = hmac(CODICE_FISCALE);
        assertThat(scan(FIRST_NAME, LAST_NAME, CODICE_FISCALE)).isNotEmpty();
        assertThat(scan(claim)).containsExactly("person_codice_fiscale: " + claim);

        web.post().uri("/api/privacy/erasures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", personId, "reason", "Richiesta dell'interessato, prot. 2026/77"))
                .exchange().expectStatus().isForbidden();
        as("dpo").post().uri("/api/privacy/erasures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", personId, "reason", "Richiesta dell'interessato, prot. 2026/77"))
                .exchange().expectStatus().isOk();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> "[dato cancellato]".equals(detail(caseId).get("lastName")));
        Map<String, Object> erased = detail(caseId);
        assertThat(erased).containsEntry("firstName", "[dato cancellato]")
                .containsEntry("codiceFiscale", "[dato cancellato]")
                .containsEntry("sex", "M").containsEntry("macroArea", "A").containsEntry("status", "CLOSED");
        assertThat(scan(FIRST_NAME, LAST_NAME, CODICE_FISCALE, claim)).isEmpty();
        assertThat(database.getCollection("person_codice_fiscale").countDocuments(new Document("personId", personId)))
                .isZero();
    }

    @Test
    void erasureIsRefusedWhileACaseIsOpenOrTheRetentionPeriodRuns() {
        String open = open("TRMGLL48A41E648E", "Gisella", "Tramontana", "1948-01-01", "F", "2020-01-10");
        String personId = (String) detail(open).get("personId");
        as("dpo").post().uri("/api/privacy/erasures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", personId, "reason", "prot. 2026/78")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("RETENTION_CASE_OPEN");

        web.post().uri("/api/cases/{id}/closure", open).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("outcome", "TRASFERITO", "beneficiaryRating", "NOT_EXPRESSED",
                        "operatorRating", "PARTIAL", "closedOn", "2021-01-10", "notes", "Chiuso"))
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(20)).until(() -> "CLOSED".equals(detail(open).get("status")));
        as("dpo").post().uri("/api/privacy/erasures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", personId, "reason", "prot. 2026/78")).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("RETENTION_RUNNING")
                .jsonPath("$.detail").isEqualTo("Il periodo di conservazione previsto non è concluso (fino al 2031-01-10).");
        assertThat(detail(open)).containsEntry("lastName", "Tramontana");
    }

    @Test
    void theRegisterOfProcessingComesFromConfiguration() {
        as("dpo").get().uri("/api/privacy/register").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.processing.activities[0].purpose").exists()
                .jsonPath("$.retention.defaultYears").isEqualTo(10)
                .jsonPath("$.retention.years.G").isEqualTo(20)
                .jsonPath("$.agreements[?(@.reference == 'CONV-2025-004')].kind").isEqualTo("CONVENTION");
        as("op.caritas").get().uri("/api/privacy/register").exchange().expectStatus().isForbidden();
    }

    /**
     * Every document of every collection, as stored, that holds any of the values, whatever their case: a search
     * index might keep a name in lower case.
     */
    private List<String> scan(String... values) {
        List<String> found = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            for (Document document : database.getCollection(collection).find()) {
                String json = document.toJson().toLowerCase(Locale.ROOT);
                for (String value : values) {
                    if (json.contains(value.toLowerCase(Locale.ROOT))) {
                        found.add(collection + ": " + value);
                    }
                }
            }
        }
        return found;
    }

    /** The codice fiscale as the registry keys it: HMAC-SHA256 with the tests' key, in hex. */
    private static String hmac(String codiceFiscale) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(TEST_CODICE_FISCALE_KEY), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(codiceFiscale.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String open(String codiceFiscale, String firstName, String lastName, String birthDate, String sex,
                        String openedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codiceFiscale", codiceFiscale);
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("birthDate", birthDate);
        body.put("sex", sex);
        body.put("residenceComune", "098031");
        body.put("macroArea", "A");
        body.put("channel", "SEGRETARIATO_SOCIALE");
        body.put("owningOrganisation", "comune-098031");
        body.put("caseManager", "as-comune1");
        body.put("openedOn", openedOn);
        String caseId = (String) web.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody()
                .get("caseId");
        await().atMost(Duration.ofSeconds(20)).until(() -> web.get().uri("/api/cases/{id}", caseId).exchange()
                .returnResult(String.class).getStatus().is2xxSuccessful());
        return caseId;
    }

    /** The case's row in its case manager's list: the case view. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> detail(String caseId) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) web.get().uri("/api/cases?size=100").exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody().get("items");
        return rows.stream().filter(row -> caseId.equals(row.get("caseId"))).findFirst().orElseThrow();
    }
}
