package it.cartella.app.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One Cartella node as operators run it: {@code java -jar app/target/cartella.jar} in a process of its own, configured
 * through its environment, killed with {@code kill -9} ({@link Process#destroyForcibly()} sends SIGKILL on Unix).
 * Its output goes to a log file next to its data, for the post-mortem of a failed run.
 */
final class AppProcess implements AutoCloseable {

    /** What the ready check waits for at most: a start with the demo data on two busy cores takes a minute. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Set<Integer> ISSUED_PORTS = ConcurrentHashMap.newKeySet();

    private final String name;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final Path log;
    private final int port;
    private Process process;

    private AppProcess(String name, Map<String, String> environment, List<String> arguments, Path log, int port) {
        this.name = name;
        this.environment = environment;
        this.arguments = arguments;
        this.log = log;
        this.port = port;
    }

    static Builder node(String name, Path workDir) {
        return new Builder(name, workDir);
    }

    /** Starts the process, or starts it again on the same settings and data after a kill. */
    AppProcess start() {
        Path jar = Path.of(System.getProperty("cartella.jar", "target/cartella.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No application jar at " + jar + ": run the integration tests with "
                    + "'./mvnw verify', which packages it first");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx320m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.writeString(log, "\n=== start " + name + " ===\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the node answers UP on its health endpoint: started, database reachable, demo data loaded. */
    AppProcess awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYetListening) {
                // the port opens late in the start
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " not ready within " + START_TIMEOUT + ", see " + log);
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** A normal stop (SIGTERM): what an operator's rolling restart does. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The owner Axon writes on the token of each segment this node claims: {@code pid@host}. */
    String tokenOwnerPrefix() {
        return process.pid() + "@";
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    @Override
    public String toString() {
        return name + " on port " + port;
    }

    /** A port free now and never handed out before in this JVM: the system may offer a just-closed port twice. */
    static int freePort() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (ISSUED_PORTS.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Waits, up to three minutes, for what other processes do in their own time. */
    static void awaitUntil(BooleanSupplier condition, String what) {
        Duration limit = Duration.ofMinutes(3);
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static final class Builder {

        private final String name;
        private final Path workDir;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<String> arguments = new ArrayList<>();

        private Builder(String name, Path workDir) {
            this.name = name;
            this.workDir = workDir;
            environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        }

        Builder env(String variable, String value) {
            environment.put(variable, value);
            return this;
        }

        /** A Spring property on the command line, for settings without an environment variable of their own. */
        Builder property(String property, String value) {
            arguments.add("--" + property + "=" + value);
            return this;
        }

        AppProcess build() {
            int port = freePort();
            environment.put("SERVER_PORT", Integer.toString(port));
            try {
                Files.createDirectories(workDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new AppProcess(name, Map.copyOf(environment), List.copyOf(arguments),
                    workDir.resolve(name + ".log"), port);
        }
    }
}
