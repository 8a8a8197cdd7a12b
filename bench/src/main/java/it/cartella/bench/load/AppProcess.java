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
 * {@code CARTELLA_LOAD_JAVA_OPTIONS} adds JVM options (a JFR recording, another collector) to it and to the fill.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    final String baseUrl;
    final int port;
    final int mongoPort;
    final Path dataDir;

    private AppProcess(Process process, int port, int mongoPort, Path dataDir) {
        this.process = process;
        this.baseUrl = "http://127.0.0.1:" + port;
        this.port = port;
        this.mongoPort = mongoPort;
        this.dataDir = dataDir;
    }

    static AppProcess start(Path jar, Path dataDir, String heap) throws IOException, InterruptedException {
        return start(jar, dataDir, heap, freePort(), freePort());
    }

    /** The same application again, on the same ports and data (after a {@link #fill}). */
    AppProcess restart(Path jar, String heap) throws IOException, InterruptedException {
        close();
        return start(jar, dataDir, heap, port, mongoPort);
    }

    private static AppProcess start(Path jar, Path dataDir, String heap, int port, int mongoPort)
            throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        ProcessBuilder builder = java(jar, dataDir, heap, port, mongoPort, List.of("-jar", jar.toAbsolutePath().toString()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("cartella.log").toFile()));
        AppProcess app = new AppProcess(builder.start(), port, mongoPort, dataDir);
        app.awaitReady(Duration.ofMinutes(10));
        return app;
    }

    /**
     * Stops the application and fills its store to {@code events} with the application's own synthetic volume tool
     * ({@code SyntheticVolume}: case histories sent through the command bus in-process, many times faster than over
     * HTTP), on the same data and ports; returns once the tool has stored them and every projection has caught up.
     * Restart the application afterwards.
     */
    void fill(Path jar, String heap, long events, int threads) throws IOException, InterruptedException {
        close();
        List<String> arguments = List.of("-cp", jar.toAbsolutePath().toString(),
                "-Dloader.main=it.cartella.app.volume.SyntheticVolume",
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--events", Long.toString(events), "--threads", Integer.toString(threads));
        Process filling = java(jar, dataDir, heap, 0, mongoPort, arguments)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("fill.log").toFile())).start();
        int exit = filling.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the fill ended with exit code " + exit + ": see " + dataDir.resolve("fill.log"));
        }
    }

    private static ProcessBuilder java(Path jar, Path dataDir, String heap, int port, int mongoPort,
                                       List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap));
        String extra = System.getenv("CARTELLA_LOAD_JAVA_OPTIONS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true);
        builder.environment().put("CARTELLA_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("CARTELLA_DEMO", "true");
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("CARTELLA_MONGODB_EMBEDDED_PORT", Integer.toString(mongoPort));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        return builder;
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
