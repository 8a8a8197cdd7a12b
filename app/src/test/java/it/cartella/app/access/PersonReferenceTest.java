package it.cartella.app.access;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.audit.AccessLog;
import it.cartella.app.audit.AccessLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A household, a contact or a case being opened names registered persons by id, and shows them with it: only a
 * person the sender may see may be named (one of their cases readable with identifying data, or, with no case yet, registered by the sender's
 * organisation), whatever id the request carries. Refusals store nothing and are in the access log.
 */
class PersonReferenceTest extends CartellaAppTest {

    @Autowired
    private AccessLog accessLog;

    @Test
    void aHouseholdMayNameOnlyPersonsItsSenderMaySee() {
        String ownPerson = register(as("as.comune2"), "098019");
        String otherPerson = register(as("as.comune1"), "098031");

        refused(as("as.comune2").post().uri("/api/households").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(household(ownPerson, otherPerson)).exchange());
        assertThat(accessLog.ofPerson(otherPerson)).anySatisfy(entry -> {
            assertThat(entry.userId()).isEqualTo("as-comune2");
            assertThat(entry.action()).isEqualTo("RegisterHousehold");
            assertThat(entry.outcome()).isEqualTo(AccessLogEntry.Outcome.DENIED);
        });

        String household = (String) as("as.comune2").post().uri("/api/households")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(household(ownPerson)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("householdId");
        refused(as("as.comune2").post().uri("/api/households/{id}/members", household)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("member", member(otherPerson, "CHILD", "MEMBER"), "compositionType", "SINGLE_PARENT"))
                .exchange());
    }

    @Test
    void aPersonWithACaseMayBeNamedByWhoMayReadThatCaseOnly() {
        Map<String, Object> opening = new LinkedHashMap<>(UniquePeople.next());
        opening.putAll(CaseFixtures.terms("comune-098031", "as-comune1"));
        WebTestClient comune1 = as("as.comune1");
        String caseId = CaseFixtures.openWith(comune1, opening);
        String personId = (String) comune1.get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("personId");

        comune1.post().uri("/api/households").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(household(personId)).exchange().expectStatus().isCreated();
        for (String user : List.of("as.comune2", "op.caritas", "analista", "auditor")) {
            refused(as(user).post().uri("/api/households").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(household(personId)).exchange());
        }
    }

    @Test
    void aContactMayNameOnlyAPersonItsSenderMaySee() {
        String otherPerson = register(as("as.comune1"), "098031");
        Map<String, Object> contact = new LinkedHashMap<>(Map.of("kind", "ACCESS", "channel", "SEGRETARIATO_SOCIALE",
                "receivingOrganisation", "comune-098019", "residenceComune", "098019", "need", "A", "sex", "M",
                "ageBand", "AGE_45_64"));
        contact.put("personId", otherPerson);

        refused(as("as.comune2").post().uri("/api/contacts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(contact).exchange());
        contact.put("receivingOrganisation", "comune-098031");
        contact.put("residenceComune", "098031");
        as("as.comune1").post().uri("/api/contacts").contentType(MediaType.APPLICATION_JSON).bodyValue(contact)
                .exchange().expectStatus().isCreated();
    }

    @Test
    void aCaseForAPersonNamedByIdIsOpenedOnlyByWhoMaySeeThem() {
        String otherPerson = register(as("as.comune1"), "098031");
        Map<String, Object> opening = new LinkedHashMap<>(Map.of("personId", otherPerson));
        opening.putAll(CaseFixtures.terms("comune-098019", "as-comune2"));

        refused(as("as.comune2").post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(opening).exchange());

        Map<String, Object> own = new LinkedHashMap<>(Map.of("personId", otherPerson));
        own.putAll(CaseFixtures.terms("comune-098031", "as-comune1"));
        CaseFixtures.openWith(as("as.comune1"), own);
    }

    private static void refused(WebTestClient.ResponseSpec response) {
        response.expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("CASE_ACCESS_DENIED");
    }

    private static String register(WebTestClient client, String comune) {
        Map<String, Object> registration = new LinkedHashMap<>(UniquePeople.next());
        registration.put("residenceComune", comune);
        return (String) client.post().uri("/api/persons").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(registration).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("personId");
    }

    /** The first person is the reference person; the others are children. */
    private static Map<String, Object> household(String reference, String... others) {
        List<Map<String, Object>> members = new java.util.ArrayList<>();
        members.add(member(reference, "REFERENCE_PERSON", "APPLICANT"));
        for (String other : others) {
            members.add(member(other, "CHILD", "MEMBER"));
        }
        return Map.of("members", members, "compositionType", others.length == 0 ? "SINGLE_PERSON" : "SINGLE_PARENT");
    }

    private static Map<String, Object> member(String personId, String relationship, String role) {
        return Map.of("personId", personId, "relationship", relationship, "role", role);
    }
}
