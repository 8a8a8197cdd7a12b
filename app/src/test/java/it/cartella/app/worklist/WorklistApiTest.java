package it.cartella.app.worklist;

import it.cartella.app.CartellaAppTest;
import it.cartella.command.deadline.DeadlinePoller;
import it.cartella.kernel.command.Require;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From the HTTP API to the worklist and back: a household on the Assegno di Inclusione whose first meeting is
 * overdue shows on its case manager's and the coordinator's worklists, not on another manager's; the engine records
 * the miss, and the meeting clears it.
 */
class WorklistApiTest extends CartellaAppTest {

    @Autowired
    private DeadlinePoller deadlinePoller;

    @Test
    void anOverdueFirstMeetingIsOnTheWorklistUntilItIsRecorded() {
        String caseId = openCase("PLLMTT99A01E648G", "Mattia", "Pellegrini", "1999-01-01");
        String pad = Require.today().minusDays(125).toString();

        Map<?, ?> received = web.post().uri("/api/cases/" + caseId + "/adi").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("padSignedOn", pad))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String adi = (String) received.get("adiBenefitId");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<?, ?> item = itemOf(web, caseId, 7);
            assertThat(item).isNotNull();
            assertThat(item.get("type")).isEqualTo("ADI_FIRST_MEETING");
            assertThat(item.get("daysLeft")).isEqualTo(-5);
            assertThat(item.get("overdue")).isEqualTo(true);
            assertThat(item.get("ruleVersion")).isEqualTo(1);
            assertThat(item.get("caseManager")).isEqualTo("as-comune1");
        });
        assertThat(itemOf(as("coord.udp"), caseId, 7)).isNotNull();
        assertThat(itemOf(as("as.comune2"), caseId, 30)).isNull();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            deadlinePoller.pollOnce();
            assertThat(itemOf(web, caseId, 7).get("missed")).isEqualTo(true);
        });

        web.post().uri("/api/adi/" + adi + "/first-meeting").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("heldOn", Require.today().toString()))
                .exchange().expectStatus().isOk();
        // The PaIS is now due in 60 days: beyond both horizons.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(itemOf(web, caseId, 30)).isNull());
    }

    @Test
    void anSflConfirmationDueInTenDaysIsOnTheMonthlyWorklistUntilConfirmed() {
        String caseId = openCase("GLLLCU90R10E648J", "Luca", "Gallo", "1990-10-10");
        Map<?, ?> started = web.post().uri("/api/cases/" + caseId + "/sfl").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("startsOn", Require.today().minusDays(80).toString()))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<?, ?> item = itemOf(web, caseId, 30);
            assertThat(item).isNotNull();
            assertThat(item.get("type")).isEqualTo("SFL_PARTICIPATION_CONFIRMATION");
            assertThat(item.get("daysLeft")).isEqualTo(10);
        });
        assertThat(itemOf(web, caseId, 7)).isNull();

        web.post().uri("/api/sfl/" + started.get("sflBenefitId") + "/confirmations")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("confirmedOn", Require.today().toString()))
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(itemOf(web, caseId, 30)).isNull());
    }

    @Test
    void theHorizonIsSevenOrThirtyDays() {
        web.get().uri("/api/worklist?horizon=10").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("HORIZON_NOT_SUPPORTED");
        web.get().uri("/api/worklist?horizon=30").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.horizonDays").isEqualTo(30);
    }

    @Test
    void theWorklistIsForSignedInUsersOnly() {
        anonymous().get().uri("/api/worklist").exchange().expectStatus().isUnauthorized();
    }

    /** As for a benefit of a case the user may not see: a 404 would tell which benefit ids exist. */
    @Test
    void factsForAnUnknownBenefitAreRefusedAsForACaseTheUserMayNotSee() {
        web.post().uri("/api/adi/no-such-benefit/first-meeting").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("heldOn", Require.today().toString()))
                .exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("CASE_ACCESS_DENIED");
    }

    private String openCase(String codiceFiscale, String firstName, String lastName, String birthDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codiceFiscale", codiceFiscale);
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("birthDate", birthDate);
        body.put("sex", "M");
        body.put("residenceComune", "098031");
        body.put("macroArea", "A");
        body.put("channel", "FLUSSO_ADI_INPS");
        body.put("owningOrganisation", "comune-098031");
        body.put("caseManager", "as-comune1");
        Map<?, ?> opened = web.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) opened.get("caseId");
    }

    /** The item of that case on the user's worklist, or null. */
    private static Map<?, ?> itemOf(WebTestClient user, String caseId, int horizon) {
        Map<?, ?> worklist = user.get().uri("/api/worklist?horizon=" + horizon).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<?>) worklist.get("items")).stream().map(Map.class::cast)
                .filter(i -> caseId.equals(i.get("caseId"))).findFirst().orElse(null);
    }
}
