package it.cartella.app.web;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.query.cases.CaseFileQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command forms over HTTP, without a browser: every form of a case opens with the case's data, a mistake comes
 * back next to its field with everything typed, a form sent twice stores its command once, and a user who may not
 * change the case gets no form.
 */
class CommandFormsTest extends CartellaAppTest {

    private static final List<String> CASE_FORMS = List.of("assessment", "team", "team-meeting", "pais",
            "intervention", "tirocinio", "discharge", "monitoring", "note", "contact-link", "transfer", "closure");

    @Autowired
    private CaseFileQueries files;

    @Test
    void everyFormOfACaseOpensAndOnlyForWhoMayChangeIt() {
        String caseId = openCase("NRD", "LNE", LocalDate.of(1981, 5, 9), "F", "Elena", "Nardi");
        for (String form : CASE_FORMS) {
            String page = web.get().uri("/cases/{id}/act/{form}", caseId, form).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(page).as(form).contains("name=\"idempotencyKey\"", "data-form=\"" + form + "\"")
                    .doesNotContain("??");
        }
        assertThat(web.get().uri("/cases/{id}/act/pais", caseId).exchange().expectBody(String.class).returnResult()
                .getResponseBody()).as("the plan's members are the case's people").contains("Elena Nardi");
        for (String form : List.of("person", "household", "contact")) {
            web.get().uri("/act/{form}", form).exchange().expectStatus().isOk();
        }
        as("as.comune2").get().uri("/cases/{id}/act/note", caseId).exchange().expectStatus().isNotFound();
        as("auditor").get().uri("/cases/{id}/act/note", caseId).exchange().expectStatus().isNotFound();
        web.get().uri("/cases/{id}/act/no-such-form", caseId).exchange().expectStatus().isNotFound();
    }

    @Test
    void aMistakeIsShownNextToItsFieldWithEverythingTypedAndASecondPostStoresNothing() {
        String caseId = openCase("CRT", "DVD", LocalDate.of(1975, 9, 21), "M", "Davide", "Corti");
        String key = UUID.randomUUID().toString();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("idempotencyKey", key);
        form.add("instrument", "Analisi Preliminare GePI");
        form.add("assessedOn", "2025-02-10");
        form.add("result", "Nucleo senza reddito da lavoro");
        form.add("participants[0].role", "ASSISTENTE_SOCIALE");
        form.add("participants[0].organisation", "comune-098031");
        form.add("participants[7].role", "OPERATORE_LAVORO");
        form.add("participants[7].organisation", "cpi-lodi");

        String rejected = post(caseId, "assessment", form, 400);
        assertThat(rejected).contains("id=\"kind-error\"", "aria-describedby=\"kind-error\"",
                "value=\"Analisi Preliminare GePI\"", "Nucleo senza reddito da lavoro",
                "name=\"participants[1].organisation\"", "value=\"" + key + "\"");
        assertThat(files.detail(caseId).block().assessments).isEmpty();

        form.add("kind", "ANALISI_PRELIMINARE");
        post(caseId, "assessment", form, 303);
        post(caseId, "assessment", form, 303);
        await().atMost(Duration.ofSeconds(20)).until(() -> !files.detail(caseId).block().assessments.isEmpty());
        assertThat(files.detail(caseId).block().assessments).singleElement()
                .satisfies(a -> assertThat(a.participants()).hasSize(2));

        String english = web.post().uri("/cases/{id}/act/note?lang=en", caseId)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("idempotencyKey", UUID.randomUUID().toString())
                        .with("notedOn", "2025-02-30").with("text", "Colloquio"))
                .exchange().expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
        assertThat(english).contains("id=\"notedOn-error\"", "Colloquio");
    }

    @Test
    void aGroupGetsANewBlankRowForTheNestedPlanForm() {
        String caseId = openCase("PGN", "SLV", LocalDate.of(1990, 12, 1), "F", "Silvia", "Pagani");
        String row = web.get().uri(b -> b.path("/cases/{id}/act/pais/row")
                        .queryParam("path", "objectives[3].expectedResults").build(caseId))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(row).contains("name=\"objectives[3].expectedResults[", "].description\"", "data-remove-row",
                "hx-get=\"/cases/" + caseId + "/act/pais/row?path=objectives%5B3%5D.expectedResults%5B");
    }

    private String post(String caseId, String formName, MultiValueMap<String, String> form, int status) {
        return web.post().uri("/cases/{id}/act/{form}", caseId, formName)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
    }

    private String openCase(String surname, String name, LocalDate birth, String sex, String first, String last) {
        String caseId = web.post().uri("/api/cases").bodyValue(new OpenCaseRequest(
                        TestPeople.codiceFiscale(surname, name, birth, sex), first, last, birth.toString(), sex,
                        "098031", "A", "SEGRETARIATO_SOCIALE", "ON_REQUEST", "comune-098031", "as-comune1", null))
                .exchange().expectStatus().isCreated().expectBody(CaseRef.class).returnResult().getResponseBody()
                .caseId();
        await().atMost(Duration.ofSeconds(20)).until(() -> files.detail(caseId).block() != null);
        return caseId;
    }
}
