package it.cartella.bench.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Cartella's runnable jar as a separate process, on the embedded database in a data directory of its own, in demo
 * mode (for the demo users the clients sign in as). Its output goes to a log file in the data directory.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    final String baseUrl;
    final int mongoPort;
    final Path dataDir;

    private AppProcess(Process process, String baseUrl, int mongoPort, Path dataDir) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.mongoPort = mongoPort;
        this.dataDir = dataDir;
    }

    static AppProcess start(Path jar, Path dataDir, String heap) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        int port = freePort();
        int mongoPort = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile())
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("cartella.log").toFile());
        builder.environment().put("CARTELLA_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("CARTELLA_DEMO", "true");
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("CARTELLA_MONGODB_EMBEDDED_PORT", Integer.toString(mongoPort));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        AppProcess app = new AppProcess(builder.start(), "http://127.0.0.1:" + port, mongoPort, dataDir);
        app.awaitReady(Duration.ofMinutes(10));
        return app;
    }

    private void awaitReady(Duration limit) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Cartella stopped while starting: see " + dataDir.resolve("cartella.log"));
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl
                        + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Cartella was not ready within " + limit);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
