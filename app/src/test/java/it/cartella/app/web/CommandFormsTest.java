package it.cartella.app.web;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.app.access.UniquePeople;
import it.cartella.query.cases.CaseDetail;
import it.cartella.query.cases.CaseFile;
import it.cartella.query.cases.CaseFileQueries;
import it.cartella.kernel.pais.Objective;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    @Autowired
    private EventStore eventStore;

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

    @Test
    void thePlanOfACaseIsRedraftedFromItsSignedVersion() {
        Fixture f = fixture();
        String page = form(f.caseId, "pais-redraft", f.paisId);
        assertThat(page).contains("Autonomia abitativa", "Alloggio stabile", "value=\"2025-06-30\"");
        refusedElsewhere(f, "pais-redraft", f.paisId);

        MultiValueMap<String, String> form = keyed("on", f.paisId);
        form.add("objectives[0].description", "Autonomia abitativa");
        form.add("objectives[0].expectedResults[0].description", "Alloggio stabile");
        form.add("objectives[0].expectedResults[0].dueBy", "2025-13-40");
        assertThat(post(f.caseId, "pais-redraft", form, 400))
                .contains("id=\"objectives-0-expectedResults-0-row-error\"", "value=\"2025-13-40\"", "Alloggio stabile");
        assertThat(lastEvent(f.paisId)).isEqualTo("PaisSigned");

        form.set("objectives[0].expectedResults[0].dueBy", "2025-09-30");
        form.add("objectives[1].description", "Lavoro");
        form.add("objectives[1].expectedResults[0].description", "Tirocinio avviato");
        post(f.caseId, "pais-redraft", form, 303);
        await().atMost(Duration.ofSeconds(20)).until(() -> plan(f).status == CaseFile.PlanStatus.SIGNED_WITH_NEW_DRAFT);
        assertThat(plan(f).objectives).extracting(o -> o.description()).containsExactly("Autonomia abitativa", "Lavoro");
    }

    @Test
    void aPersonsDataIsCorrectedAndTheirResidenceChanged() {
        Fixture f = fixture();
        String page = form(f.caseId, "person-correction", f.personId);
        assertThat(page).contains("value=\"" + f.person.get("codiceFiscale") + "\"",
                "value=\"" + f.person.get("firstName") + "\"", "value=\"1980-01-01\"");
        refusedElsewhere(f, "person-correction", f.personId);
        web.get().uri("/cases/{id}/act/person-correction?on={p}", f.caseId, UUID.randomUUID().toString())
                .exchange().expectStatus().isNotFound();

        MultiValueMap<String, String> form = keyed("on", f.personId);
        form.add("codiceFiscale", (String) f.person.get("codiceFiscale"));
        form.add("firstName", "Corretto");
        form.add("lastName", (String) f.person.get("lastName"));
        form.add("birthDate", "1980-01-01");
        form.add("sex", "X");
        form.add("contactDetails.phone", "+39 0371 555111");
        assertThat(post(f.caseId, "person-correction", form, 400)).contains("id=\"sex-error\"", "value=\"Corretto\"",
                "+39 0371 555111");
        assertThat(lastEvent(f.personId)).isEqualTo("PersonRegistered");
        form.set("sex", "M");
        post(f.caseId, "person-correction", form, 303);
        assertThat(lastEvent(f.personId)).isEqualTo("PersonDataCorrected");
        // The next correction starts from what is recorded, contact details included, so submitting it keeps them.
        assertThat(form(f.caseId, "person-correction", f.personId)).contains(
                "value=\"+39 0371 555111\"");

        assertThat(form(f.caseId, "residence", f.personId)).contains("value=\"098031\"");
        refusedElsewhere(f, "residence", f.personId);
        MultiValueMap<String, String> move = keyed("on", f.personId);
        move.add("residenceComune", "12");
        move.add("effectiveFrom", "2025-03-01");
        assertThat(post(f.caseId, "residence", move, 400)).contains("id=\"residenceComune-error\"",
                "value=\"2025-03-01\"");
        assertThat(lastEvent(f.personId)).isEqualTo("PersonDataCorrected");
        move.set("residenceComune", "098019");
        post(f.caseId, "residence", move, 303);
        assertThat(lastEvent(f.personId)).isEqualTo("ResidenceChanged");
    }

    @Test
    void aHouseholdGetsAMemberAndANewerIsee() {
        Fixture f = fixture();
        assertThat(form(f.caseId, "household-member", f.householdId)).contains("name=\"member.personId\"");
        refusedElsewhere(f, "household-member", f.householdId);
        web.get().uri("/cases/{id}/act/isee?on={h}", f.caseId, f.personId).exchange().expectStatus().isNotFound();
        String child = id(web.post().uri("/api/persons").bodyValue(registration()), "personId");

        MultiValueMap<String, String> form = keyed("on", f.householdId);
        form.add("member.personId", child);
        form.add("member.role", "MEMBER");
        assertThat(post(f.caseId, "household-member", form, 400)).contains("id=\"member-relationship-error\"",
                "value=\"" + child + "\"");
        assertThat(lastEvent(f.householdId)).isEqualTo("HouseholdRegistered");
        form.add("member.relationship", "CHILD");
        form.add("compositionType", "SINGLE_PARENT");
        post(f.caseId, "household-member", form, 303);
        assertThat(lastEvent(f.householdId)).isEqualTo("HouseholdMemberAdded");

        assertThat(form(f.caseId, "isee", f.householdId)).contains("name=\"isee.value\"", "name=\"isee.issuedOn\"");
        refusedElsewhere(f, "isee", f.householdId);
        MultiValueMap<String, String> isee = keyed("on", f.householdId);
        isee.add("isee.value", "seimila");
        isee.add("isee.issuedOn", "2025-01-20");
        assertThat(post(f.caseId, "isee", isee, 400)).contains("id=\"isee-value-error\"", "value=\"seimila\"",
                "value=\"2025-01-20\"");
        assertThat(lastEvent(f.householdId)).isEqualTo("HouseholdMemberAdded");
        isee.set("isee.value", "6500.00");
        post(f.caseId, "isee", isee, 303);
        assertThat(lastEvent(f.householdId)).isEqualTo("IseeRecorded");
    }

    @Test
    void theCaseManagerIsAssigned() {
        Fixture f = fixture();
        assertThat(form(f.caseId, "case-manager", null)).contains("value=\"as-comune1\"");
        refusedElsewhere(f, "case-manager", null);
        MultiValueMap<String, String> form = keyed("caseManager", "");
        assertThat(post(f.caseId, "case-manager", form, 400)).contains("id=\"caseManager-error\"");
        assertThat(files.detail(f.caseId).block().caseManager).isEqualTo("as-comune1");
        form.set("caseManager", "as-comune2");
        post(f.caseId, "case-manager", form, 303);
        await().atMost(Duration.ofSeconds(20)).until(() -> "as-comune2".equals(files.detail(f.caseId).block().caseManager));
    }

    @Test
    void theCasePageOffersTheNewForms() {
        Fixture f = fixture();
        String page = web.get().uri("/cases/{id}", f.caseId).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(page).contains("/act/case-manager\"", "/act/pais-redraft?on=" + f.paisId,
                "/act/person-correction?on=" + f.personId, "/act/residence?on=" + f.personId,
                "/act/household-member?on=" + f.householdId, "/act/isee?on=" + f.householdId);
    }

    @Test
    void theNestedPlanFormStaysCorrectWithTwelveObjectives() {
        String caseId = openCase("DDC", "MRC", LocalDate.of(1984, 4, 4), "M", "Marco", "Dodici");
        String personId = files.detail(caseId).block().personId;
        MultiValueMap<String, String> form = keyed("kind", "PAIS");
        for (int i = 0; i < 12; i++) {
            // Rows added in the page carry free indexes: the order of the page is the order stored.
            String o = "objectives[" + (i == 0 ? 0 : 1000 + 7 * i) + "]";
            form.add(o + ".description", "Obiettivo " + (i + 1));
            form.add(o + ".expectedResults[0].description", "Risultato " + (i + 1) + ".1");
            form.add(o + ".expectedResults[" + (500 + i) + "].description", "Risultato " + (i + 1) + ".2");
            form.add(o + ".expectedResults[" + (500 + i) + "].dueBy", "2026-0" + (1 + i % 9) + "-15");
        }
        form.add("commitments[0].member", personId);
        form.add("commitments[0].description", "Partecipare agli incontri");
        post(caseId, "pais", form, 303);
        await().atMost(Duration.ofSeconds(20)).until(() -> !files.detail(caseId).block().plans.isEmpty());
        List<Objective> objectives = files.detail(caseId).block().plans.get(0).objectives;
        assertThat(objectives).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(objectives.get(i).description()).isEqualTo("Obiettivo " + (i + 1));
            assertThat(objectives.get(i).expectedResults()).extracting(r -> r.description())
                    .containsExactly("Risultato " + (i + 1) + ".1", "Risultato " + (i + 1) + ".2");
            assertThat(objectives.get(i).expectedResults().get(1).dueBy())
                    .isEqualTo(LocalDate.of(2026, 1 + i % 9, 15));
        }
    }

    @Test
    void aFreshTirocinioIsInterruptedThroughItsForm() {
        String caseId = openCase("NTR", "PAL", LocalDate.of(1996, 2, 14), "M", "Paolo", "Interrotti");
        MultiValueMap<String, String> activation = keyed("promoter", "udp-lodi");
        activation.add("trainee", files.detail(caseId).block().personId);
        activation.add("hostOrganisation", "coop-il-mosaico");
        activation.add("hostTutor", "Marta Galli");
        activation.add("serviceTutor", "as-comune1");
        activation.add("start", "2025-03-01");
        activation.add("plannedEnd", "2025-08-31");
        activation.add("weeklyHours", "20");
        activation.add("monthlyIndemnity", "400");
        activation.add("indemnityFunding", "QSFP");
        post(caseId, "tirocinio", activation, 303);
        await().atMost(Duration.ofSeconds(20)).until(() -> !files.detail(caseId).block().tirocini.isEmpty());
        String tirocinioId = files.detail(caseId).block().tirocini.get(0).tirocinioId;

        form(caseId, "interruption", tirocinioId);
        MultiValueMap<String, String> interruption = keyed("on", tirocinioId);
        interruption.add("interruptedOn", "2025-04-10");
        interruption.add("note", "Ha trovato un altro lavoro");
        assertThat(post(caseId, "interruption", interruption, 400)).contains("id=\"reason-error\"",
                "Ha trovato un altro lavoro");
        interruption.add("reason", "TRAINEE_WITHDREW");
        post(caseId, "interruption", interruption, 303);
        await().atMost(Duration.ofSeconds(20)).until(() -> files.detail(caseId).block().tirocini.get(0).outcome != null);
        CaseFile.Tirocinio t = files.detail(caseId).block().tirocini.get(0);
        assertThat(t.outcome).isEqualTo("INTERRUPTED");
        assertThat(t.interruptionReason).isEqualTo("TRAINEE_WITHDREW");
        assertThat(t.endedOn).isEqualTo(LocalDate.of(2025, 4, 10));
    }

    private record Fixture(String caseId, String personId, Map<String, Object> person, String householdId,
                           String paisId) {
    }

    /** A case of a registered person of a household, with a signed plan. */
    private Fixture fixture() {
        Map<String, Object> person = registration();
        String personId = id(web.post().uri("/api/persons").bodyValue(person), "personId");
        String householdId = id(web.post().uri("/api/households").bodyValue(Map.of("members", List.of(Map.of(
                "personId", personId, "relationship", "REFERENCE_PERSON", "role", "APPLICANT")),
                "compositionType", "SINGLE_PERSON")), "householdId");
        String caseId = web.post().uri("/api/cases").bodyValue(new OpenCaseRequest(personId, null, null, null, null,
                        null, "098031", "A", "SEGRETARIATO_SOCIALE", "ON_REQUEST", "comune-098031", "as-comune1", null,
                        householdId))
                .exchange().expectStatus().isCreated().expectBody(CaseRef.class).returnResult().getResponseBody()
                .caseId();
        String paisId = id(web.post().uri("/api/cases/{id}/pais", caseId).bodyValue(Map.of("objectives", List.of(
                Map.of("description", "Autonomia abitativa", "expectedResults", List.of(Map.of(
                        "description", "Alloggio stabile", "dueBy", "2025-06-30")))))), "paisId");
        web.post().uri("/api/pais/{id}/signature", paisId).bodyValue(Map.of("signedOn", LocalDate.now(ZoneId.of("Europe/Rome")).toString(),
                        "signatories", List.of(Map.of("role", "BENEFICIARY", "personId", personId),
                                Map.of("role", "CASE_MANAGER", "user", "as-comune1"))))
                .exchange().expectStatus().is2xxSuccessful();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            CaseDetail file = files.detail(caseId).block();
            return file != null && file.plans.size() == 1 && file.plans.get(0).status == CaseFile.PlanStatus.SIGNED
                    && file.people.stream().anyMatch(p -> p.personId().equals(personId) && p.lastName() != null);
        });
        return new Fixture(caseId, personId, person, householdId, paisId);
    }

    private static Map<String, Object> registration() {
        Map<String, Object> person = new LinkedHashMap<>(UniquePeople.next());
        person.put("residenceComune", "098031");
        return person;
    }

    private CaseFile.Plan plan(Fixture f) {
        return files.detail(f.caseId).block().plans.get(0);
    }

    private String form(String caseId, String form, String on) {
        String page = web.get().uri(b -> b.path("/cases/{id}/act/{form}").queryParamIfPresent("on",
                        java.util.Optional.ofNullable(on)).build(caseId, form))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).as(form).contains("name=\"idempotencyKey\"", "data-form=\"" + form + "\"")
                .doesNotContain("??");
        return page;
    }

    private void refusedElsewhere(Fixture f, String form, String on) {
        as("as.comune2").get().uri(b -> b.path("/cases/{id}/act/{form}").queryParamIfPresent("on",
                        java.util.Optional.ofNullable(on)).build(f.caseId, form))
                .exchange().expectStatus().isNotFound();
        MultiValueMap<String, String> data = keyed("on", on == null ? "" : on);
        as("as.comune2").post().uri("/cases/{id}/act/{form}", f.caseId, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(data))
                .exchange().expectStatus().isNotFound();
    }

    private static MultiValueMap<String, String> keyed(String name, String value) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("idempotencyKey", UUID.randomUUID().toString());
        form.add(name, value);
        return form;
    }

    private String lastEvent(String aggregateId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId, 0).asStream().toList();
        return events.get(events.size() - 1).getPayloadType().getSimpleName();
    }

    @SuppressWarnings("unchecked")
    private static String id(WebTestClient.RequestHeadersSpec<?> request, String field) {
        Map<String, Object> body = request.exchange().expectStatus().is2xxSuccessful().expectBody(Map.class)
                .returnResult().getResponseBody();
        return (String) body.get(field);
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
