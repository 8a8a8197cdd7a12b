package it.cartella.app.access;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** Opens the access tests' cases through the API, as the case manager who will own them. */
public final class CaseFixtures {

    private CaseFixtures() {
    }

    /** Fictitious people with valid codici fiscali: codice fiscale, first name, last name, birth date, sex. */
    static final List<List<String>> PEOPLE = List.of(
            List.of("GRCPLA80A01E648O", "Paolo", "Greco", "1980-01-01", "M"),
            List.of("MNTLRA85B41E648E", "Laura", "Monti", "1985-02-01", "F"),
            List.of("CNTFNC75C01E648Y", "Franco", "Conti", "1975-03-01", "M"),
            List.of("BRNSRA90E45E648W", "Sara", "Bruno", "1990-05-05", "F"),
            List.of("FNTGPP66H10E648Q", "Giuseppe", "Fontana", "1966-06-10", "M"),
            List.of("LMBCRL72L52E648I", "Carla", "Lombardi", "1972-07-12", "F"));

    /** Opens a case for the person, owned by the organisation, assigned to the case manager; waits for the view. */
    static String open(WebTestClient caseManager, List<String> person, String organisation, String managerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codiceFiscale", person.get(0));
        body.put("firstName", person.get(1));
        body.put("lastName", person.get(2));
        body.put("birthDate", person.get(3));
        body.put("sex", person.get(4));
        body.putAll(terms(organisation, managerId));
        return openWith(caseManager, body);
    }

    /**
     * What opening a case says besides its person: owned by the organisation (a Comune, whose residents it serves),
     * assigned to the case manager, for macro-area A through the segretariato sociale.
     */
    public static Map<String, Object> terms(String organisation, String managerId) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("residenceComune", organisation.substring("comune-".length()));
        terms.put("macroArea", "A");
        terms.put("channel", "SEGRETARIATO_SOCIALE");
        terms.put("owningOrganisation", organisation);
        terms.put("caseManager", managerId);
        return terms;
    }

    /** Opens the case and waits until its view answers. */
    public static String openWith(WebTestClient caseManager, Map<String, Object> body) {
        String caseId = (String) caseManager.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("caseId");
        await().atMost(Duration.ofSeconds(20)).until(() -> caseManager.get().uri("/api/cases/{id}", caseId)
                .exchange().returnResult(String.class).getStatus().is2xxSuccessful());
        return caseId;
    }

    /** Opens a case for a registered person of a registered household, as {@link #open} does. */
    static String openFor(WebTestClient caseManager, String personId, String householdId, String organisation,
                          String managerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", personId);
        body.put("householdId", householdId);
        body.putAll(terms(organisation, managerId));
        return openWith(caseManager, body);
    }

    static Map<String, Object> share(String recipient, List<String> categories, Instant expiresAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipient", recipient);
        body.put("purpose", "Accoglienza e accompagnamento");
        body.put("categories", categories);
        body.put("legalBasis", "AGREEMENT");
        body.put("legalReference", "CONV-2025-004");
        body.put("expiresAt", expiresAt.toString());
        return body;
    }

    static Map<String, Object> referral(String to, List<String> categories) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("purpose", "Dimissione protetta");
        body.put("categories", categories);
        body.put("legalBasis", "PUBLIC_INTEREST");
        body.put("legalReference", "PROT-2024-017");
        return body;
    }
}
