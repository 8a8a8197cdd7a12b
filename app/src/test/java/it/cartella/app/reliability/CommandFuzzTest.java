package it.cartella.app.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.app.CartellaAppTest;
import it.cartella.app.command.CommandSender;
import it.cartella.app.command.CorrelationId;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of the JSON command endpoints: from a valid body per endpoint, generated requests change a
 * field to a value of the wrong type, a huge or exotic string, null, an injection attempt or deep nesting, drop or add
 * fields, replace the body, or break the JSON itself. Whatever is sent: never a 5xx, never an exception's name or a
 * stack trace in the answer, every refusal an RFC 9457 problem, and no event stored by a refused request (events are
 * found by the request's correlation id). Requests the rules accept are fine: their text is stored as inert data.
 * <p>
 * {@code -Dcartella.fuzz.tries=N} (default 100) for a long run, {@code -Dcartella.fuzz.seed=S} to replay one; the
 * seed is in every failure message.
 */
class CommandFuzzTest extends CartellaAppTest {

    private static final int TRIES = Integer.getInteger("cartella.fuzz.tries", 100);
    private static final long SEED = Long.getLong("cartella.fuzz.seed", System.nanoTime());

    /** What an answer must never contain: the marks of an exception or a stack trace. */
    private static final List<String> LEAKS = List.of("Exception", "java.", "javax.", "org.springframework",
            "org.axonframework", "com.fasterxml", "com.mongodb", "it.cartella.", "\tat ", "Caused by");

    @Autowired
    private EventStorageEngine eventStorageEngine;

    @Autowired
    private ObjectMapper objectMapper;

    private String caseId;

    @BeforeEach
    void aCaseToFuzz() {
        Map<String, Object> opening = TestPeople.openCase("Fulvia", "Casuale");
        caseId = (String) web.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).bodyValue(opening)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("caseId");
    }

    @Test
    void whateverIsSentTheAnswerIsASuccessOrAProblemAndARefusalStoresNothing() {
        List<Target> targets = targets();
        Random random = new Random(SEED);
        // jqwik's generators outside its own test engine, which cannot run a Spring test: a session gives them one.
        JqwikSession.start(String.valueOf(SEED));
        try {
            RandomGenerator<Object> evil = FuzzValues.evil().generator(1000);
            RandomGenerator<String> raw = FuzzValues.rawBodies().generator(1000);
            for (int attempt = 0; attempt < TRIES; attempt++) {
                Target target = targets.get(random.nextInt(targets.size()));
                String body = mutate(target.template(), random, evil, raw);
                check(target, body, "seed " + SEED + ", attempt " + attempt);
            }
        } finally {
            JqwikSession.finish();
        }
    }

    private String mutate(Map<String, Object> template, Random random, RandomGenerator<Object> evil,
                          RandomGenerator<String> raw) {
        Map<String, Object> body = deepCopy(template);
        List<Path> paths = Path.all(body);
        Path path = paths.get(random.nextInt(paths.size()));
        switch (random.nextInt(6)) {
            case 0 -> path.set(evil.next(random).value());
            case 1 -> path.remove();
            case 2 -> body.put("unexpected" + random.nextInt(3), evil.next(random).value());
            case 3 -> {
                return json(evil.next(random).value());
            }
            case 4 -> {
                // The same attempt in every text field at once.
                Object attack = FuzzValues.attacks().generator(10).next(random).value();
                paths.stream().filter(p -> p.get() instanceof String).forEach(p -> p.set(attack));
            }
            default -> {
                return raw.next(random).value();
            }
        }
        return json(body);
    }

    private void check(Target target, String body, String replay) {
        String correlationId = "fuzz-" + UUID.randomUUID();
        TrackingToken head = eventStorageEngine.createHeadToken();
        EntityExchangeResult<String> answer = web.method(target.method()).uri(target.uri())
                .contentType(MediaType.APPLICATION_JSON).header(CorrelationId.HEADER, correlationId)
                .bodyValue(body).exchange().expectBody(String.class).returnResult();
        String shown = body.length() > 300 ? body.substring(0, 300) + "... (" + body.length() + " chars)" : body;
        String what = replay + ": " + target.method() + " " + target.uri() + " " + shown + " -> "
                + answer.getStatus() + " " + answer.getResponseBody();
        int status = answer.getStatus().value();
        assertThat(status).as(what).isLessThan(500);
        String text = answer.getResponseBody() == null ? "" : answer.getResponseBody();
        assertThat(LEAKS).as(what).noneMatch(text::contains);
        if (status >= 400) {
            assertThat(answer.getResponseHeaders().getContentType()).as(what)
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            Map<String, Object> problem = read(text);
            assertThat(problem).as(what).containsKeys("type", "title", "status", "detail", "code", "errors")
                    .containsEntry("status", status);
            assertThat(storedWith(head, correlationId)).as(what + ": events stored by a refused request").isZero();
        }
    }

    private long storedWith(TrackingToken head, String correlationId) {
        try (Stream<? extends TrackedEventMessage<?>> events = eventStorageEngine.readEvents(head, false)) {
            return events.filter(e -> correlationId.equals(e.getMetaData().get(CommandSender.CORRELATION_ID)))
                    .count();
        }
    }

    private List<Target> targets() {
        String cases = "/api/cases/" + caseId;
        Map<String, Object> participant = Map.of("role", "ASSISTENTE_SOCIALE", "organisation", "comune-098031",
                "user", "as-comune1");
        return List.of(
                new Target(HttpMethod.POST, "/api/cases", TestPeople.openCase("Fulvia", "Casuale")),
                new Target(HttpMethod.POST, "/api/persons", Map.of("codiceFiscale",
                        TestPeople.codiceFiscale(java.time.LocalDate.of(1977, 7, 7), "M"), "firstName", "Fausto",
                        "lastName", "Casuale", "birthDate", "1977-07-07", "sex", "M", "residenceComune", "098031")),
                new Target(HttpMethod.POST, cases + "/notes", Map.of("notedOn", "2025-02-12", "text", "Colloquio")),
                new Target(HttpMethod.POST, cases + "/assessments", Map.of("kind", "ANALISI_PRELIMINARE",
                        "instrument", "GePI", "assessedOn", "2025-01-20", "result", "Nucleo fragile",
                        "participants", List.of(participant))),
                new Target(HttpMethod.POST, cases + "/monitoring", Map.of("step", 0, "monitoredOn", "2025-02-10",
                        "scores", List.of(Map.of("domain", "LAVORO", "score", 20)), "notes", "T0")),
                new Target(HttpMethod.PUT, cases + "/team", Map.of("members", List.of(participant))),
                new Target(HttpMethod.POST, cases + "/closure", Map.of("outcome", "CONCLUSO_POSITIVAMENTE",
                        "beneficiaryRating", "POSITIVE", "operatorRating", "NEGATIVE", "closedOn", "2024-01-01")),
                new Target(HttpMethod.POST, cases + "/pais", Map.of(
                        "objectives", List.of(Map.of("description", "Lavoro", "expectedResults",
                                List.of(Map.of("description", "Tirocinio avviato", "dueBy", "2025-03-31")))),
                        "supports", List.of(Map.of("service", "TIROCINIO_INCLUSIONE_SOCIALE")),
                        "monitoringDates", List.of("2025-06-10"))),
                new Target(HttpMethod.POST, "/api/contacts", Map.of("kind", "ACCESS", "channel",
                        "SEGRETARIATO_SOCIALE", "receivingOrganisation", "comune-098031", "residenceComune", "098031",
                        "need", "A", "sex", "F", "ageBand", "AGE_30_44")),
                new Target(HttpMethod.POST, "/api/cases/search", Map.of("text", "Casuale", "status", "OPEN")));
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return objectMapper.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("a problem body is JSON: " + text, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> template) {
        return (Map<String, Object>) copy(template);
    }

    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copied = new LinkedHashMap<>();
            map.forEach((k, v) -> copied.put((String) k, copy(v)));
            return copied;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(CommandFuzzTest::copy).toList());
        }
        return value;
    }

    record Target(HttpMethod method, String uri, Map<String, Object> template) {
    }

    /** A place in a body: a key of an object or an index of a list. */
    record Path(Object container, Object key) {

        @SuppressWarnings("unchecked")
        static List<Path> all(Object value) {
            List<Path> paths = new ArrayList<>();
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    paths.add(new Path(map, k));
                    paths.addAll(all(v));
                });
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    paths.add(new Path(list, i));
                    paths.addAll(all(list.get(i)));
                }
            }
            return paths;
        }

        @SuppressWarnings("unchecked")
        Object get() {
            return container instanceof Map<?, ?> map ? map.get(key) : ((List<Object>) container).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (container instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).put(key, value);
            } else {
                ((List<Object>) container).set((Integer) key, value);
            }
        }

        @SuppressWarnings("unchecked")
        void remove() {
            if (container instanceof Map<?, ?> map) {
                map.remove(key);
            } else {
                ((List<Object>) container).remove((int) (Integer) key);
            }
        }
    }
}
