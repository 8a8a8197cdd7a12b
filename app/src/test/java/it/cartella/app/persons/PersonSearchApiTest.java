package it.cartella.app.persons;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.access.UniquePeople;
import it.cartella.app.audit.AccessLog;
import it.cartella.query.cases.CaseFileQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /api/persons/search}: finds a person by name or codice fiscale for whoever the person picker of the forms
 * would show them to, logs each person shown, and answers a 400 problem naming {@code text} for too few characters.
 */
class PersonSearchApiTest extends CartellaAppTest {

    @Autowired
    private CaseFileQueries files;
    @Autowired
    private AccessLog accessLog;

    @Test
    void findsThePersonForTheRecordingComuneOnlyAndLogsEachOneShown() {
        Map<String, Object> person = UniquePeople.next();
        Map<String, Object> registration = new HashMap<>(person);
        registration.put("residenceComune", "098031");
        String personId = web.post().uri("/api/persons").bodyValue(registration).exchange().expectStatus()
                .isCreated().expectBody(PersonRef.class).returnResult().getResponseBody().personId();
        await().atMost(Duration.ofSeconds(20)).until(() -> files.history(personId).block() != null);
        String words = person.get("firstName") + " " + person.get("lastName");

        web.post().uri("/api/persons/search").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", words)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].personId").isEqualTo(personId)
                .jsonPath("$[0].codiceFiscale").isEqualTo(person.get("codiceFiscale"))
                .jsonPath("$[0].lastName").isEqualTo(person.get("lastName"))
                .jsonPath("$[0].birthDate").isEqualTo(person.get("birthDate"));
        as("as.comune2").post().uri("/api/persons/search").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", words)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);

        assertThat(accessLog.ofPerson(personId)).filteredOn(e -> e.action().equals(PersonFinder.ACTION))
                .singleElement().satisfies(e -> assertThat(e.userId()).isEqualTo("as-comune1"));
    }

    @Test
    void tooFewCharactersAreAProblemNamingTheFieldInBothLanguages() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("text", " R "), Map.of())) {
            web.post().uri("/api/persons/search").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo("text")
                    .jsonPath("$.errors[0].code").isEqualTo("PERSON_SEARCH_TOO_SHORT")
                    .jsonPath("$.errors[0].message_it").value(m -> assertThat((String) m).contains("almeno 2"))
                    .jsonPath("$.errors[0].message_en").value(m -> assertThat((String) m).contains("at least 2"));
        }
    }
}
