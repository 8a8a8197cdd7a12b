package it.cartella.app.reliability;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.app.CartellaAppTest;
import it.cartella.app.command.CommandSender;
import it.cartella.app.command.CorrelationId;
import it.cartella.app.problem.Problem;
import it.cartella.app.problem.Problems;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The limits on what a request may be, and what becomes of attacks typed into text fields: oversized bodies are
 * refused with 413 and deep JSON with 400 before anything is stored; script, NoSQL and header-splitting text is
 * either refused as a wrong value or stored as the inert text it is, and pages show it escaped.
 */
class BadInputTest extends CartellaAppTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    private EventStorageEngine eventStorageEngine;

    @Autowired
    private ObjectMapper objectMapper;

    private String caseId;

    @BeforeEach
    void aCase() {
        caseId = open(TestPeople.openCase("Benedetta", "Limiti"));
    }

    @Test
    void aBodyLargerThan256KbIsRefusedWith413BeforeItIsRead() {
        String huge = "{\"notedOn\":\"2025-02-12\",\"text\":\"" + "a".repeat(300 * 1024) + "\"}";
        refused(huge, 413, "REQUEST_TOO_LARGE");
    }

    @Test
    void aLargeBodySentWithoutALengthIsCutOffWith413() {
        byte[] chunk = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".repeat(64)
                .getBytes(StandardCharsets.US_ASCII);
        Flux<DataBuffer> body = Flux.concat(
                Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(
                        "{\"notedOn\":\"2025-02-12\",\"text\":\"".getBytes(StandardCharsets.US_ASCII))),
                Flux.range(0, 100).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk)),
                Flux.just(DefaultDataBufferFactory.sharedInstance.wrap("\"}".getBytes(StandardCharsets.US_ASCII))));
        String correlationId = "bad-input-" + UUID.randomUUID();
        TrackingToken head = eventStorageEngine.createHeadToken();
        web.post().uri("/api/cases/{id}/notes", caseId).contentType(MediaType.APPLICATION_JSON)
                .header(CorrelationId.HEADER, correlationId).body(body, DataBuffer.class)
                .exchange().expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("REQUEST_TOO_LARGE");
        assertThat(storedWith(head, correlationId)).isZero();
    }

    @Test
    void deeplyNestedJsonIsRefusedWith400AtItsFirstBracket() {
        // Request bodies are typed records: the reader stops at the first bracket where text or an object is due,
        // however deep the nesting goes, so a crafted body never costs stack.
        refused("{\"notedOn\":\"2025-02-12\",\"text\":" + "[".repeat(50) + "]".repeat(50) + "}", 400, "WRONG_TYPE");
        refused("{\"notedOn\":\"2025-02-12\",\"text\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", 400,
                "WRONG_TYPE");
        refused("[".repeat(100_000) + "]".repeat(100_000), 400, "INVALID_BODY");
    }

    @Test
    void theRequestReaderRefusesJsonNestedDeeperThanTwentyLevels() throws Exception {
        // For any reading that is not typed all the way down, the parser's own limit: 400 JSON_TOO_DEEP.
        objectMapper.readTree("[".repeat(20) + "]".repeat(20));
        assertThatThrownBy(() -> objectMapper.readTree("[".repeat(21) + "]".repeat(21)))
                .isInstanceOf(StreamConstraintsException.class);
        Problem problem = Problems.describe(new ServerWebInputException("unreadable", null,
                new StreamConstraintsException("Document nesting depth (21) exceeds the maximum allowed (20)")));
        assertThat(problem.status().value()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("JSON_TOO_DEEP");
    }

    @Test
    void aNoSqlOperatorWhereTextGoesIsAWrongType() {
        refused("{\"notedOn\":\"2025-02-12\",\"text\":{\"$where\":\"sleep(1000)\"}}", 400, "WRONG_TYPE");
        refused("{\"notedOn\":{\"$gt\":\"\"},\"text\":\"x\"}", 400, "WRONG_TYPE");
    }

    @Test
    void attacksTypedAsTextAreStoredAsTextAndShownEscaped() {
        String script = "<script>alert('xss')</script>";
        String image = "Rossi\"><img src=x onerror=alert(1)>";
        Map<String, Object> opening = TestPeople.openCase(script, image);
        String attacked = open(opening);
        web.post().uri("/api/cases/{id}/notes", attacked).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("notedOn", "2025-02-12", "text", "{\"$where\":\"sleep(1000)\"} ../../etc/passwd"))
                .exchange().expectStatus().isOk();

        // The API gives back exactly what was typed: data, not markup or a query.
        Map<String, Object> detail = web.get().uri("/api/cases/{id}", attacked).exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
        assertThat(detail.toString()).contains(script, image);

        FormSession session = FormSession.signedIn(anonymous(), "as.comune1");
        String page = anonymous().get().uri("/cases/{id}", attacked).cookie("SESSION", session.cookie()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;")
                .doesNotContain(script).doesNotContain("<img src=x");
    }

    @Test
    void headerSplittingInTextDoesNotReachTheAnswersHeaders() {
        EntityExchangeResult<byte[]> answer = web.post().uri("/api/cases/{id}/notes", caseId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("notedOn", "2025-02-12", "text", "x\r\nSet-Cookie: SESSION=forged\r\nX-Injected: 1"))
                .exchange().expectBody().returnResult();
        assertThat(answer.getStatus().value()).isIn(200, 400);
        assertThat(answer.getResponseHeaders().get("X-Injected")).isNull();
        assertThat(answer.getResponseCookies().get("SESSION")).isNull();
    }

    @Test
    void pathTraversalInAnAddressIsNotFoundOrInvalidNeverAnError() {
        for (String id : new String[]{"..%2F..%2Fetc%2Fpasswd", "%2e%2e", "..;", "%00", "%7B%22%24ne%22%3A1%7D"}) {
            int status = web.get().uri("/api/cases/" + id).exchange().expectBody().returnResult().getStatus().value();
            assertThat(status).as(id).isIn(400, 404);
            int post = web.post().uri("/api/cases/" + id + "/notes").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("notedOn", "2025-02-12", "text", "x")).exchange().expectBody().returnResult()
                    .getStatus().value();
            assertThat(post).as(id).isIn(400, 404);
        }
    }

    private void refused(String body, int status, String code) {
        String correlationId = "bad-input-" + UUID.randomUUID();
        TrackingToken head = eventStorageEngine.createHeadToken();
        web.post().uri("/api/cases/{id}/notes", caseId).contentType(MediaType.APPLICATION_JSON)
                .header(CorrelationId.HEADER, correlationId).bodyValue(body)
                .exchange().expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.errors[0].message_it").isNotEmpty()
                .jsonPath("$.errors[0].message_en").isNotEmpty();
        assertThat(storedWith(head, correlationId)).isZero();
    }

    private long storedWith(TrackingToken head, String correlationId) {
        try (Stream<? extends TrackedEventMessage<?>> events = eventStorageEngine.readEvents(head, false)) {
            return events.filter(e -> correlationId.equals(e.getMetaData().get(CommandSender.CORRELATION_ID)))
                    .count();
        }
    }

    private String open(Map<String, Object> opening) {
        String id = (String) web.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue(opening)
                .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody()
                .get("caseId");
        await().atMost(Duration.ofSeconds(20)).until(() -> web.get().uri("/api/cases/{id}", id).exchange()
                .returnResult(String.class).getStatus().is2xxSuccessful());
        return id;
    }
}
