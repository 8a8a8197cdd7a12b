package it.cartella.app.access;

import it.cartella.app.CartellaAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Share grants, referrals and break-glass, seen from both sides. */
class SharingTest extends CartellaAppTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Test
    void aPartnerSeesOnlyTheGrantedCategoriesAndIsToldWhichWereWithheld() {
        String caseId = CaseFixtures.open(web, CaseFixtures.PEOPLE.get(5), "comune-098031", "as-comune1");
        share(caseId, List.of("CONTACT", "SOCIAL"), Instant.now().plus(1, ChronoUnit.DAYS));

        Map<String, Object> owner = detail("as.comune1", caseId);
        Map<String, Object> partner = detail("op.caritas", caseId);

        assertThat(owner).containsEntry("lastName", "Lombardi").containsEntry("codiceFiscale", "LMBCRL72L52E648I")
                .containsEntry("withheld", List.of());
        assertThat(partner).doesNotContainKeys("lastName", "firstName", "codiceFiscale", "birthDate")
                .containsEntry("caseId", caseId).containsEntry("withheld", List.of("IDENTIFYING"));
        assertThat(partner.toString()).doesNotContain("Lombardi", "LMBCRL72L52E648I");
    }

    @Test
    void revokingAGrantEndsAccessAtOnce() {
        String caseId = CaseFixtures.open(web, CaseFixtures.PEOPLE.get(4), "comune-098031", "as-comune1");
        String grant = share(caseId, List.of("SOCIAL"), Instant.now().plus(1, ChronoUnit.DAYS));
        as("op.caritas").get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk();

        as("op.caritas").post().uri("/api/shares/{id}/revoke", grant).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "CONSENT_WITHDRAWN")).exchange().expectStatus().isForbidden();
        web.post().uri("/api/shares/{id}/revoke", grant).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "CONSENT_WITHDRAWN")).exchange().expectStatus().isOk();

        as("op.caritas").get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isForbidden();
        web.get().uri("/api/cases/{id}/shares", caseId).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.grants[0].revoked").isEqualTo(true);
    }

    @Test
    void aGrantEndsAtItsExpiryWithNoOneActing() {
        String caseId = CaseFixtures.open(web, CaseFixtures.PEOPLE.get(3), "comune-098031", "as-comune1");
        share(caseId, List.of("SOCIAL"), Instant.now().plusSeconds(3));
        as("op.caritas").get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk();

        await().atMost(Duration.ofSeconds(15)).until(() -> as("op.caritas").get().uri("/api/cases/{id}", caseId)
                .exchange().returnResult(String.class).getStatus().value() == 403);
    }

    @Test
    void consentAsLegalBasisMustBeRecordedWithItsEvidence() {
        String caseId = CaseFixtures.open(web, CaseFixtures.PEOPLE.get(2), "comune-098031", "as-comune1");
        Map<String, Object> body = CaseFixtures.share("caritas-lodi", List.of("SOCIAL"),
                Instant.now().plus(1, ChronoUnit.DAYS));
        body.put("legalBasis", "CONSENT");
        body.remove("legalReference");
        web.post().uri("/api/cases/{id}/shares", caseId).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("CONSENT_REQUIRED");

        body.put("consent", Map.of("givenAt", Instant.now().minusSeconds(60).toString(),
                "purpose", "Condivisione con il centro di ascolto", "evidence", "Modulo firmato, prot. 2025/118"));
        web.post().uri("/api/cases/{id}/shares", caseId).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated();
        web.get().uri("/api/cases/{id}/shares", caseId).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.grants[0].consent").isEqualTo(true)
                .jsonPath("$.grants[0].legalBasis").isEqualTo("CONSENT");
    }

    @Test
    void sealedDataAreNeverShared() {
        String caseId = CaseFixtures.open(web, CaseFixtures.PEOPLE.get(1), "comune-098031", "as-comune1");
        web.post().uri("/api/cases/{id}/shares", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CaseFixtures.share("caritas-lodi", List.of("SEALED_VIOLENCE"),
                        Instant.now().plus(1, ChronoUnit.DAYS)))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("SEALED_NOT_SHAREABLE");
    }

    @Test
    void aReferralIsAnsweredOnlyByItsReceiverAndGivesAccessOnlyWhileAccepted() {
        String caseId = CaseFixtures.open(web, CaseFixtures.PEOPLE.get(0), "comune-098031", "as-comune1");
        String referral = (String) web.post().uri("/api/cases/{id}/referrals", caseId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CaseFixtures.referral("asst-lodi", List.of("IDENTIFYING", "HEALTH")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("referralId");
        as("op.asst").get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isForbidden();
        as("op.asst").get().uri("/api/referrals/incoming").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.referralId == '" + referral + "')].status").isEqualTo("SENT");

        as("op.caritas").post().uri("/api/referrals/{id}/accept", referral).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("NOT_THE_RECEIVER");
        as("op.asst").post().uri("/api/referrals/{id}/accept", referral).exchange().expectStatus().isOk();
        as("op.asst").post().uri("/api/referrals/{id}/reject", referral).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "NO_CAPACITY")).exchange().expectStatus().isEqualTo(409);
        assertThat(detail("op.asst", caseId)).containsEntry("lastName", "Greco").containsEntry("withheld", List.of());

        as("op.asst").post().uri("/api/referrals/{id}/close", referral).exchange().expectStatus().isOk();
        as("op.asst").get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isForbidden();
    }

    @Test
    void breakingTheGlassOpensASealedCaseForAWhileAndLandsOnTheDposWorklist() {
        String caseId = CaseFixtures.open(web, CaseFixtures.PEOPLE.get(5), "comune-098031", "as-comune1");
        web.post().uri("/api/cases/{id}/seal", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("members", List.of("as-comune1"))).exchange().expectStatus().isOk();
        as("coord.udp").get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isForbidden();

        Map<String, Object> justification = Map.of("justification",
                "Pronto intervento notturno: la persona chiede aiuto e il referente non è raggiungibile",
                "minutes", 60);
        as("op.caritas").post().uri("/api/cases/{id}/break-glass", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(justification).exchange().expectStatus().isForbidden();
        as("coord.udp").post().uri("/api/cases/{id}/break-glass", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("justification", "urgente", "minutes", 60)).exchange().expectStatus().isBadRequest();
        as("coord.udp").post().uri("/api/cases/{id}/break-glass", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(justification).exchange().expectStatus().isOk();

        assertThat(detail("coord.udp", caseId)).containsEntry("lastName", "Lombardi");
        as("coord.udp").post().uri("/api/cases/{id}/shares", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CaseFixtures.share("caritas-lodi", List.of("SOCIAL"), Instant.now().plus(1, ChronoUnit.DAYS)))
                .exchange().expectStatus().isForbidden();
        as("coord.udp").get().uri("/api/privacy/break-glass").exchange().expectStatus().isForbidden();
        as("dpo").get().uri("/api/privacy/break-glass").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.caseId == '" + caseId + "')].user").isEqualTo("coord-udp")
                .jsonPath("$[?(@.caseId == '" + caseId + "')].justification")
                .isEqualTo("Pronto intervento notturno: la persona chiede aiuto e il referente non è raggiungibile");
    }

    private String share(String caseId, List<String> categories, Instant expiresAt) {
        return (String) web.post().uri("/api/cases/{id}/shares", caseId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CaseFixtures.share("caritas-lodi", categories, expiresAt))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("shareGrantId");
    }

    /** The case's row in the user's list: the case view, filtered to what the user was granted. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> detail(String user, String caseId) {
        as(user).get().uri("/api/cases/{id}", caseId).exchange().expectStatus().isOk();
        List<Map<String, Object>> rows = (List<Map<String, Object>>) as(user).get().uri("/api/cases?size=100")
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody().get("items");
        return rows.stream().filter(row -> caseId.equals(row.get("caseId"))).findFirst().orElseThrow();
    }
}
