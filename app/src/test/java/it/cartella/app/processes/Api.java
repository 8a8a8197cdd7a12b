package it.cartella.app.processes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The HTTP API of one node as a client sees it: HTTP Basic as a demo user, JSON in and out. A request that gets no
 * answer (the node died under it) comes back as {@link Answer#noAnswer()}, which is what a client must retry.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final AppProcess node;
    private final String authorization;

    Api(AppProcess node, String username) {
        this.node = node;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** A command, with its Idempotency-Key; the key doubles as correlation id, so its events can be found. */
    Answer send(String method, String path, Object body, String idempotencyKey) {
        HttpRequest request = HttpRequest.newBuilder(node.uri("/api" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .header("X-Correlation-Id", idempotencyKey)
                .method(method, HttpRequest.BodyPublishers.ofString(json(body)))
                .build();
        return exchange(request);
    }

    Answer get(String path) {
        return exchange(HttpRequest.newBuilder(node.uri("/api" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).GET().build());
    }

    /** The text of a path outside the API, e.g. the Prometheus metrics. */
    static String text(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Idempotent-Replayed").isPresent());
        } catch (IOException lost) {
            return Answer.noAnswer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** @param status 0 when no answer came (connection refused or reset) */
    record Answer(int status, String body, boolean replayed) {

        static Answer noAnswer() {
            return new Answer(0, "", false);
        }

        boolean success() {
            return status >= 200 && status < 300;
        }

        boolean answered() {
            return status != 0;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        Optional<String> code() {
            if (!answered() || body.isBlank() || success()) {
                return Optional.empty();
            }
            return Optional.ofNullable(json().path("code").asText(null));
        }

        String field(String name) {
            return json().path(name).asText();
        }
    }
}
