package it.cartella.app.web;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.audit.AccessLog;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.cases.OpenCaseRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages decide what they show through the same access policy as the API, and write every read to the access
 * log: a partner without a grant is refused, with one sees only the granted categories and is told what was
 * withheld; search hits, case pages and timelines are logged with the categories shown.
 */
class CasePageAccessTest extends CartellaAppTest {

    @Autowired
    private AccessLog accessLog;

    @Test
    void aPartnerIsRefusedWithoutAGrantAndSeesOnlyTheGrantedCategoriesWithOne() {
        String cf = TestPeople.codiceFiscale("VLN", "RTA", LocalDate.of(1977, 3, 14), "F");
        String caseId = open(cf, "Rita", "Valentini", "1977-03-14", "F");

        String refused = page("op.caritas", caseId, 404);
        assertThat(refused).doesNotContain("Valentini", cf);

        web.post().uri("/api/cases/{id}/shares", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("recipient", "caritas-lodi", "purpose", "Accoglienza e accompagnamento",
                        "categories", List.of("SOCIAL"), "legalBasis", "AGREEMENT", "legalReference", "CONV-2025-004",
                        "expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .exchange().expectStatus().isCreated();
        await().atMost(Duration.ofSeconds(20)).until(() -> as("op.caritas").get().uri("/cases/{id}", caseId)
                .exchange().returnResult(String.class).getStatus().value() == 200);

        String partner = page("op.caritas", caseId, 200);
        assertThat(partner).contains(caseId, "data-testid=\"withheld-notice\"", "identificativi", "Non condiviso")
                .doesNotContain("Valentini", "Rita", cf, "1977")
                .as("the narrative timeline is for the owning side").doesNotContain("data-testid=\"timeline\"");

        List<AccessLogEntry> log = accessLog.ofCase(caseId);
        assertThat(log).anySatisfy(e -> {
            assertThat(e.userId()).isEqualTo("op-caritas");
            assertThat(e.action()).isEqualTo("READ_DETAIL");
            assertThat(e.outcome()).isEqualTo(AccessLogEntry.Outcome.DENIED);
        });
        assertThat(log).anySatisfy(e -> {
            assertThat(e.userId()).isEqualTo("op-caritas");
            assertThat(e.action()).isEqualTo("READ_DETAIL");
            assertThat(e.outcome()).isEqualTo(AccessLogEntry.Outcome.ALLOWED);
            assertThat(e.basis()).isEqualTo("SHARE_GRANT");
            assertThat(e.categories()).containsExactly("SOCIAL");
        });
    }

    @Test
    void theOwnersPageReadsAndSearchHitsAreInTheAccessLogWithTheCategoriesShown() {
        String cf = TestPeople.codiceFiscale("BND", "TTR", LocalDate.of(1969, 11, 2), "M");
        String caseId = open(cf, "Ettore", "Bendetti", "1969-11-02", "M");

        String owner = page("as.comune1", caseId, 200);
        assertThat(owner).contains("Ettore Bendetti", cf, "data-testid=\"timeline\"")
                .doesNotContain("data-testid=\"withheld-notice\"");
        String found = web.post().uri("/search").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("q", "Bendetti")).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(found).contains("Bendetti Ettore", cf);
        String elsewhere = as("as.comune2").post().uri("/search").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("q", "Bendetti")).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(elsewhere).doesNotContain(cf);

        List<AccessLogEntry> log = accessLog.ofCase(caseId);
        assertThat(log).filteredOn(e -> e.userId().equals("as-comune1")).extracting(AccessLogEntry::action)
                .contains("READ_DETAIL", "READ_TIMELINE", "READ_LIST");
        assertThat(log).filteredOn(e -> e.action().equals("READ_DETAIL") && e.userId().equals("as-comune1"))
                .allSatisfy(e -> assertThat(e.categories()).contains("IDENTIFYING", "SOCIAL", "HEALTH"));
        assertThat(log).noneMatch(e -> e.userId().equals("as-comune2"));
    }

    private String open(String cf, String firstName, String lastName, String birthDate, String sex) {
        String caseId = web.post().uri("/api/cases").bodyValue(new OpenCaseRequest(cf, firstName, lastName, birthDate,
                        sex, "098031", "A", "SEGRETARIATO_SOCIALE", "ON_REQUEST", "comune-098031", "as-comune1",
                        null)).exchange().expectStatus().isCreated()
                .expectBody(CaseRef.class).returnResult().getResponseBody().caseId();
        await().atMost(Duration.ofSeconds(20)).until(() -> web.get().uri("/cases/{id}", caseId).exchange()
                .returnResult(String.class).getStatus().value() == 200);
        return caseId;
    }

    private String page(String username, String caseId, int status) {
        return as(username).get().uri("/cases/{id}", caseId).exchange().expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
