package it.cartella.app.cases;

import it.cartella.app.CartellaAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mistake a user can make in a request to open a case: a 400 problem naming the field, and nothing stored. */
class OpenCaseRejectionTest extends CartellaAppTest {

    @Test
    void aCodiceFiscaleWithAWrongCheckCharacter() {
        Map<String, Object> body = CaseRequests.sara();
        body.put("codiceFiscale", "VRDSRA95E50E648X");

        assertRejected(json(body), "CF_CHECK_CHARACTER", "codiceFiscale",
                "Il carattere di controllo del codice fiscale non corrisponde: verificare la trascrizione.",
                "The check character of the codice fiscale does not match: check for typing errors.");
    }

    @Test
    void aBirthDateInTheFuture() {
        Map<String, Object> body = CaseRequests.sara();
        body.put("birthDate", LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(2).toString());

        assertRejected(json(body), "BIRTH_DATE_IN_FUTURE", "birthDate",
                "La data non può essere futura.", "The date cannot be in the future.");
    }

    @Test
    void anOpeningDayInTheFuture() {
        Map<String, Object> body = CaseRequests.sara();
        body.put("openedOn", LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(2).toString());

        assertRejected(json(body), "DATE_IN_FUTURE", "openedOn",
                "La data non può essere futura.", "The date cannot be in the future.");
    }

    @Test
    void anArrayInsteadOfAnObject() {
        assertRejected(spec -> spec.bodyValue("[]"), "INVALID_BODY", null,
                "Il corpo della richiesta deve essere un oggetto JSON.", "The request body must be a JSON object.");
    }

    @Test
    void anUnknownMacroArea() {
        Map<String, Object> body = CaseRequests.sara();
        body.put("macroArea", "Z");

        assertRejected(json(body), "UNKNOWN_MACRO_AREA", "macroArea",
                "Macro-area non presente nel catalogo regionale.", "Macro-area not in the regional catalogue.");
    }

    @Test
    void malformedJson() {
        assertRejected(spec -> spec.bodyValue("{\"codiceFiscale\": \"VRDSRA95E50E648N\", \"firstName\": Sara}"),
                "MALFORMED_JSON", "firstName",
                "Il corpo della richiesta non è JSON valido.", "The request body is not valid JSON.");
    }

    @Test
    void anUnknownField() {
        Map<String, Object> body = CaseRequests.sara();
        body.put("nickname", "Sarina");

        assertRejected(json(body), "UNKNOWN_FIELD", "nickname",
                "Campo non previsto: eliminarlo dalla richiesta.", "Unexpected field: remove it from the request.");
    }

    @Test
    void aNumberWhereTextIsExpected() {
        Map<String, Object> body = CaseRequests.sara();
        body.put("residenceComune", 98031);

        assertRejected(json(body), "WRONG_TYPE", "residenceComune",
                "Tipo di valore non valido per questo campo: è atteso un testo.",
                "Wrong value type for this field: a string is expected.");
    }

    @Test
    void aMissingRequiredField() {
        Map<String, Object> body = CaseRequests.sara();
        body.remove("lastName");

        assertRejected(json(body), "REQUIRED", "lastName", "Campo obbligatorio.", "Required field.");
    }

    @Test
    void aBirthDateTheCodiceFiscaleDoesNotEncode() {
        Map<String, Object> body = CaseRequests.sara();
        body.put("birthDate", "1995-05-11");

        assertRejected(json(body), "CF_BIRTH_DATE_MISMATCH", "birthDate",
                "La data di nascita non corrisponde al codice fiscale.",
                "The birth date does not match the codice fiscale.");
    }

    @Test
    void everyMistakeAtOnce() {
        Map<String, Object> body = CaseRequests.sara();
        body.put("codiceFiscale", "VRDSRA95E50E648X");
        body.put("birthDate", "10/05/1995");
        body.put("macroArea", "Z");
        body.put("residenceComune", "999999");
        body.remove("firstName");
        long before = storedEvents();

        post(json(body)).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("INVALID_REQUEST")
                .jsonPath("$.detail").isEqualTo("La richiesta contiene 5 errori: vedere l'elenco 'errors'.")
                .jsonPath("$.errors.length()").isEqualTo(5)
                .jsonPath("$.errors[?(@.field == 'codiceFiscale')].code").isEqualTo("CF_CHECK_CHARACTER")
                .jsonPath("$.errors[?(@.field == 'firstName')].code").isEqualTo("REQUIRED")
                .jsonPath("$.errors[?(@.field == 'birthDate')].code").isEqualTo("DATE_FORMAT")
                .jsonPath("$.errors[?(@.field == 'residenceComune')].code").isEqualTo("UNKNOWN_COMUNE")
                .jsonPath("$.errors[?(@.field == 'macroArea')].code").isEqualTo("UNKNOWN_MACRO_AREA");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aBodyTooLargeToRead() {
        Map<String, Object> body = CaseRequests.sara();
        body.put("lastName", "x".repeat(1_000_000));
        long before = storedEvents();

        post(json(body)).expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("REQUEST_TOO_LARGE");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anEmptyBody() {
        post(spec -> { }).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("MISSING_BODY");
    }

    /**
     * The problem in Italian by default and in English on request, both languages always in the errors list,
     * and no event stored by either attempt.
     */
    private void assertRejected(Consumer<WebTestClient.RequestBodySpec> body, String code, String field,
                                String messageIt, String messageEn) {
        long before = storedEvents();
        for (String language : new String[]{null, "en-GB,en;q=0.9,it;q=0.5"}) {
            boolean english = language != null;
            post(spec -> {
                if (english) {
                    spec.header(HttpHeaders.ACCEPT_LANGUAGE, language);
                }
                body.accept(spec);
            })
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, english ? "en" : "it")
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:cartella:problem:" + code.toLowerCase().replace('_', '-'))
                    .jsonPath("$.title").isEqualTo(english ? "Invalid request" : "Richiesta non valida")
                    .jsonPath("$.status").isEqualTo(400)
                    .jsonPath("$.detail").isEqualTo(english ? messageEn : messageIt)
                    .jsonPath("$.instance").isEqualTo("/api/cases")
                    .jsonPath("$.code").isEqualTo(code)
                    .jsonPath("$.errors.length()").isEqualTo(1)
                    .jsonPath("$.errors[0].field").isEqualTo(field)
                    .jsonPath("$.errors[0].code").isEqualTo(code)
                    .jsonPath("$.errors[0].message_it").isEqualTo(messageIt)
                    .jsonPath("$.errors[0].message_en").isEqualTo(messageEn)
                    .jsonPath("$.trace").doesNotExist();
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    private WebTestClient.ResponseSpec post(Consumer<WebTestClient.RequestBodySpec> body) {
        WebTestClient.RequestBodySpec spec = web.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON);
        body.accept(spec);
        return spec.exchange();
    }

    private static Consumer<WebTestClient.RequestBodySpec> json(Map<String, Object> body) {
        return spec -> spec.bodyValue(body);
    }
}
