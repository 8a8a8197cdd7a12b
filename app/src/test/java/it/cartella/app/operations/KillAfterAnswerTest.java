package it.cartella.app.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.app.CartellaApplication;
import it.cartella.app.cases.CaseRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations contract at the application level: a command the application answered with success is on disk, even
 * when the process is killed ({@code kill -9}) right after the answer. The application runs in a child JVM on the
 * embedded server with its H2 file, as in production without a MongoDB URI; after the kill it starts again on the
 * same data directory, and every answered request must still be there: its case readable, and a retry with the same
 * {@code Idempotency-Key} answered from the stored answer, not run again.
 */
class KillAfterAnswerTest {

    private static final int ANSWERED_BEFORE_KILL = 5;
    private static final Duration START_LIMIT = Duration.ofMinutes(6);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Process app;

    @AfterEach
    void stopTheApplication() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAnsweredCommandSurvivesAKillNineRightAfterItsAnswer(@TempDir Path dataDir) throws Exception {
        int port = freePort();
        app = start(dataDir, port);
        Map<String, String> caseByKey = new LinkedHashMap<>();
        String body = JSON.writeValueAsString(CaseRequests.sara());
        while (caseByKey.size() < ANSWERED_BEFORE_KILL) {
            String key = UUID.randomUUID().toString();
            HttpResponse<String> answer = openCase(port, key, body);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            caseByKey.put(key, caseIdOf(answer));
        }
        app.destroyForcibly(); // SIGKILL, right after the last success answer
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();

        port = freePort();
        app = start(dataDir, port);
        for (Map.Entry<String, String> answered : caseByKey.entrySet()) {
            HttpResponse<String> retry = openCase(port, answered.getKey(), body);
            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
            assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(caseIdOf(retry)).isEqualTo(answered.getValue());
            assertThat(awaitCase(port, answered.getValue())).isEqualTo(200);
        }
    }

    private Process start(Path dataDir, int port) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("app-" + port + ".log");
        Process process = new ProcessBuilder(javaBinary(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CartellaApplication.class.getName(),
                "--server.port=" + port,
                // a fixed port of its own: left at 0, the embedded server could take the HTTP port chosen above
                "--cartella.mongodb.embedded-port=" + freePortOtherThan(port),
                "--cartella.data-dir=" + dataDir,
                "--cartella.mongodb.uri=",
                "--cartella.demo=true",
                "--cartella.security.http-basic=true")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitReady(process, port, log);
            return process;
        } catch (RuntimeException | Error | IOException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private void awaitReady(Process process, int port, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited while starting: " + tail(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri(port, "/actuator/health"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().startsWith("{\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not start within " + START_LIMIT + ": " + tail(log));
    }

    private static String tail(Path log) throws IOException {
        String output = Files.readString(log);
        return output.substring(Math.max(0, output.length() - 4000));
    }

    private HttpResponse<String> openCase(int port, String idempotencyKey, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(port, "/api/cases"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", basic("as.comune1", "demo"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The case is read from its projection, which the restarted application rebuilds from the stored events. */
    private int awaitCase(int port, String caseId) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        int status;
        do {
            status = http.send(HttpRequest.newBuilder(uri(port, "/api/cases/" + caseId))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", basic("as.comune1", "demo")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            if (status == 404) {
                Thread.sleep(200);
            }
        } while (status == 404 && System.nanoTime() < deadline);
        return status;
    }

    private static String caseIdOf(HttpResponse<String> answer) throws IOException {
        return (String) JSON.readValue(answer.body(), Map.class).get("caseId");
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePortOtherThan(int taken) throws IOException {
        int port = freePort();
        while (port == taken) {
            port = freePort();
        }
        return port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
