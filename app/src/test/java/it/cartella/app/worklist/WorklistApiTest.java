package it.cartella.app.worklist;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseOpening;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.command.deadline.DeadlinePoller;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From the HTTP API to the worklist and back: a household on the Assegno di Inclusione whose first meeting is
 * overdue shows on its case manager's worklist, the engine records the miss, and the meeting clears it.
 */
class WorklistApiTest extends CartellaAppTest {

    private static final String MANAGER = "as-worklist-test";

    @Autowired
    private CaseOpening caseOpening;

    @Autowired
    private DeadlinePoller deadlinePoller;

    @Test
    void anOverdueFirstMeetingIsOnTheWorklistUntilItIsRecorded() {
        CaseId caseId = caseOpening.open(new OpenCaseRequest("PLLMTT99A01E648G", "Mattia", "Pellegrini",
                "1999-01-01", "M", "098031", "A", "FLUSSO_ADI_INPS", "ON_REQUEST", "comune-098031", MANAGER,
                null)).block();
        await().atMost(Duration.ofSeconds(10)).until(() -> web.get().uri("/api/cases/" + caseId.value())
                .exchange().returnResult(String.class).getStatus().is2xxSuccessful());
        LocalDate pad = Require.today().minusDays(125);

        Map<?, ?> received = web.post().uri("/api/cases/" + caseId.value() + "/adi")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("padSignedOn", pad.toString()))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String adi = (String) received.get("adiBenefitId");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<?, ?> worklist = worklist(7);
            assertThat(worklist.get("overdue")).isEqualTo(1);
            Map<?, ?> item = (Map<?, ?>) ((List<?>) worklist.get("items")).get(0);
            assertThat(item.get("type")).isEqualTo("ADI_FIRST_MEETING");
            assertThat(item.get("caseId")).isEqualTo(caseId.value());
            assertThat(item.get("daysLeft")).isEqualTo(-5);
            assertThat(item.get("ruleVersion")).isEqualTo(1);
        });

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            deadlinePoller.pollOnce();
            Map<?, ?> item = (Map<?, ?>) ((List<?>) worklist(7).get("items")).get(0);
            assertThat(item.get("missed")).isEqualTo(true);
        });

        web.post().uri("/api/adi/" + adi + "/first-meeting").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("heldOn", Require.today().toString()))
                .exchange().expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat((List<?>) worklist(7).get("items")).isEmpty());
        Map<?, ?> month = worklist(30);
        assertThat((List<?>) month.get("items")).isEmpty();
    }

    @Test
    void theWorklistNeedsAUserAndASupportedHorizon() {
        web.get().uri("/api/worklist?horizon=7").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("USER_REQUIRED");
        web.get().uri("/api/worklist?horizon=10").header(RequestUser.HEADER, MANAGER).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("HORIZON_NOT_SUPPORTED");
    }

    @Test
    void factsForAnUnknownBenefitAreNotFound() {
        web.post().uri("/api/adi/no-such-benefit/first-meeting").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("heldOn", Require.today().toString()))
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("ADI_BENEFIT_NOT_FOUND");
    }

    private Map<?, ?> worklist(int horizon) {
        return web.get().uri("/api/worklist?horizon=" + horizon).header(RequestUser.HEADER, MANAGER)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }
}
