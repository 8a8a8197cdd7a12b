package it.cartella.app.access;

import it.cartella.app.access.AccessMatrixTest.Kind;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The four cases an access matrix runs against, one of each {@link Kind}: the first Comune's own case, the second
 * Comune's case (referred to the ASST, which accepts), a case of the first Comune shared with Caritas, and a case of
 * the first Comune sealed to its case manager. Each matrix test opens them with its own fixture (the records it
 * needs besides the case), once for all its rows.
 */
final class MatrixCases {

    /** Opens one case, for {@code owner} (a username) of the Comune {@code comune}, managed by {@code manager}. */
    interface Opener<F> {
        F open(String owner, String manager, String comune);
    }

    private MatrixCases() {
    }

    /** Fills {@code cases} unless a previous row already did. */
    static <F> void openOnce(Map<Kind, F> cases, Function<String, WebTestClient> as, Opener<F> opener,
                             Function<F, String> caseIdOf) {
        synchronized (cases) {
            if (!cases.isEmpty()) {
                return;
            }
            cases.put(Kind.OWN, opener.open("as.comune1", "as-comune1", "098031"));
            cases.put(Kind.OTHER, opener.open("as.comune2", "as-comune2", "098019"));
            cases.put(Kind.SHARED, opener.open("as.comune1", "as-comune1", "098031"));
            cases.put(Kind.SEALED, opener.open("as.comune1", "as-comune1", "098031"));
            as.apply("as.comune1").post().uri("/api/cases/{id}/shares", caseIdOf.apply(cases.get(Kind.SHARED)))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(CaseFixtures.share("caritas-lodi", List.of("CONTACT", "SOCIAL"),
                            Instant.now().plus(30, ChronoUnit.DAYS)))
                    .exchange().expectStatus().isCreated();
            String referral = (String) as.apply("as.comune2").post().uri("/api/cases/{id}/referrals",
                            caseIdOf.apply(cases.get(Kind.OTHER))).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(CaseFixtures.referral("asst-lodi", List.of("IDENTIFYING", "HEALTH")))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                    .getResponseBody().get("referralId");
            as.apply("op.asst").post().uri("/api/referrals/{id}/accept", referral).exchange().expectStatus().isOk();
            as.apply("as.comune1").post().uri("/api/cases/{id}/seal", caseIdOf.apply(cases.get(Kind.SEALED)))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("members", List.of("as-comune1")))
                    .exchange().expectStatus().isOk();
        }
    }
}
