package it.cartella.app.cases;

import com.mongodb.client.MongoDatabase;
import it.cartella.app.CartellaAppTest;
import it.cartella.eventstore.CartellaEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CaseApiTest extends CartellaAppTest {

    @Autowired
    private MongoDatabase database;

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Test
    void opensACaseAndReadsItBackFromTheDetailAndTheList() {
        Map<String, Object> sara = CaseRequests.sara();
        sara.put("openedOn", "2025-02-03");
        EntityExchangeResult<Map<String, Object>> created = open(sara).expectStatus().isCreated()
                .expectBody(JSON).returnResult();
        String caseId = (String) created.getResponseBody().get("caseId");
        assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/cases/" + caseId);

        Map<String, Object> detail = awaitDetail(caseId);
        assertThat((List<Map<String, Object>>) detail.get("people")).singleElement().satisfies(person ->
                assertThat(person).containsEntry("personId", detail.get("personId"))
                        .containsEntry("roles", List.of("BENEFICIARY"))
                        .containsEntry("codiceFiscale", "VRDSRA95E50E648N")
                        .containsEntry("firstName", "Sara")
                        .containsEntry("lastName", "Verdi")
                        .containsEntry("birthDate", "1995-05-10")
                        .containsEntry("sex", "F"));
        assertThat(detail).containsEntry("caseId", caseId)
                .containsEntry("residenceComune", "098031")
                .containsEntry("macroArea", "A")
                .containsEntry("channel", "SEGRETARIATO_SOCIALE")
                .containsEntry("activationMode", "ON_REQUEST")
                .containsEntry("owningOrganisation", "comune-098031")
                .containsEntry("caseManager", "as-comune1")
                .containsEntry("openedOn", "2025-02-03")
                .containsEntry("status", "OPEN");
        assertThat(detail.get("personId")).isNotNull();

        Map<String, Object> listed = awaitListed(caseId);
        assertThat(listed).containsEntry("personId", detail.get("personId"))
                .containsEntry("codiceFiscale", "VRDSRA95E50E648N")
                .containsEntry("firstName", "Sara")
                .containsEntry("openedOn", "2025-02-03")
                .containsEntry("status", "OPEN");
    }

    @Test
    void personalDataAreStoredEncrypted() {
        String caseId = openedCaseId(CaseRequests.sara());
        awaitDetail(caseId);

        String storedEvents = database.getCollection(CartellaEventStorageEngine.COMMITS).find()
                .map(Document::toJson).into(new ArrayList<>()).toString();
        assertThat(storedEvents).contains(caseId).doesNotContain("VRDSRA95E50E648N", "Verdi", "1995-05-10");
    }

    @Test
    void aSecondCaseForAKnownCodiceFiscaleReusesThePerson() {
        String first = openedCaseId(CaseRequests.paolo());
        Map<String, Object> again = CaseRequests.paolo();
        again.put("macroArea", "H");
        again.put("channel", "SERVIZI_SANITARI");
        String second = openedCaseId(again);

        assertThat(awaitDetail(second).get("personId")).isEqualTo(awaitDetail(first).get("personId"));
    }

    @Test
    void listsNewestFirstOnePageAtATime() {
        String older = openedCaseId(CaseRequests.elena());
        awaitListed(older);
        String newer = openedCaseId(CaseRequests.davide());
        awaitListed(newer);

        Map<String, Object> page = web.get().uri("/api/cases?page=0&size=2").exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(page).containsEntry("page", 0).containsEntry("size", 2);
        assertThat((Integer) page.get("total")).isGreaterThanOrEqualTo(2);
        List<Object> caseIds = ((List<?>) page.get("items")).stream()
                .map(item -> (Object) ((Map<?, ?>) item).get("caseId")).toList();
        assertThat(caseIds).containsExactly(newer, older);
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchesByNameOrCodiceFiscaleInABodyAndByNonPersonalFiltersInTheQuery() {
        Map<String, Object> body = CaseRequests.paolo();
        body.put("macroArea", "E");
        body.put("caseManager", "as-search1");
        String caseId = openedCaseId(body);
        // Assigned to another case manager: the Ufficio di Piano's coordinator sees it, as.comune1 does not.
        WebTestClient coordinator = as("coord.udp");
        await().atMost(Duration.ofSeconds(10)).until(() -> coordinator.get().uri("/api/cases/{id}", caseId).exchange()
                .returnResult(String.class).getStatus().is2xxSuccessful());
        String codiceFiscale = (String) body.get("codiceFiscale");

        for (String text : List.of(((String) body.get("lastName")).substring(0, 3).toLowerCase(),
                body.get("firstName") + " " + body.get("lastName"), codiceFiscale.substring(0, 6))) {
            Map<String, Object> page = coordinator.post().uri("/api/cases/search").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("text", text, "caseManager", "as-search1")).exchange()
                    .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
            assertThat((List<Map<String, Object>>) page.get("items")).extracting(item -> item.get("caseId"))
                    .containsExactly(caseId);
        }
        Map<String, Object> none = coordinator.post().uri("/api/cases/search").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "nobody", "caseManager", "as-search1")).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(none).containsEntry("total", 0);
        Map<String, Object> filtered = coordinator.get()
                .uri("/api/cases?macroArea=E&caseManager=as-search1&status=OPEN&residenceComune=098031").exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat((List<Map<String, Object>>) filtered.get("items")).extracting(item -> item.get("caseId"))
                .containsExactly(caseId);
        web.get().uri("/api/cases?status=SLEEPING").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
    }

    @Test
    void anUnknownCaseIsANotFoundProblem() {
        web.get().uri("/api/cases/{id}", "no-such-case").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.code").isEqualTo("CASE_NOT_FOUND")
                .jsonPath("$.type").isEqualTo("urn:cartella:problem:case-not-found")
                .jsonPath("$.detail").isEqualTo("Case not found.")
                .jsonPath("$.instance").isEqualTo("/api/cases/no-such-case")
                .jsonPath("$.errors[0].message_it").isEqualTo("Presa in carico non trovata.");
    }

    @Test
    void aMalformedCaseIdIsABadRequest() {
        web.get().uri("/api/cases/{id}", "not a valid id!").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("INVALID_ID")
                .jsonPath("$.errors[0].field").isEqualTo("caseId");
    }

    @Test
    void aPageOutOfRangeIsABadRequestNamingTheParameter() {
        web.get().uri("/api/cases?size=1000").exchange()
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        web.get().uri("/api/cases?page=first").exchange()
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("page");
    }

    private WebTestClient.ResponseSpec open(Map<String, Object> body) {
        return web.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String openedCaseId(Map<String, Object> body) {
        return (String) open(body).expectStatus().isCreated().expectBody(JSON).returnResult()
                .getResponseBody().get("caseId");
    }

    /** The projection follows the events a moment later. */
    private Map<String, Object> awaitDetail(String caseId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> web.get().uri("/api/cases/{id}", caseId)
                .exchange().returnResult(JSON).getResponseBody().blockFirst(),
                detail -> detail.get("people") instanceof List<?> people && !people.isEmpty()
                        && ((Map<?, ?>) people.get(0)).get("firstName") != null);
    }

    /** The list is another projection than the detail: it may follow a moment later or earlier. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> awaitListed(String caseId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> ((List<Map<String, Object>>) web.get()
                        .uri("/api/cases?size=100").exchange().returnResult(JSON).getResponseBody().blockFirst()
                        .get("items")).stream().filter(item -> caseId.equals(item.get("caseId")))
                .filter(item -> item.get("firstName") != null).findFirst().orElse(null), item -> item != null);
    }
}
