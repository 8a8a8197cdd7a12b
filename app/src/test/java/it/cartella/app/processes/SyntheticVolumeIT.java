package it.cartella.app.processes;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic volume tool the load benchmark fills its stores with ({@code SyntheticVolume}), run as the benchmark
 * runs it: from the application jar, on a fresh data directory. It stores at least the events asked for and ends only
 * once every projection has handled them, so Cartella started next on the same directory lists every case at once.
 */
class SyntheticVolumeIT {

    private static final long EVENTS = 2_500;

    @Test
    void fillsTheStoreToTheSizeAskedAndLeavesTheProjectionsCurrent() throws Exception {
        Path work = Path.of("target", "processes", "volume-" + System.currentTimeMillis()).toAbsolutePath();
        Path data = work.resolve("data");
        Files.createDirectories(data);
        int mongoPort = AppProcess.freePort();
        Path log = work.resolve("fill.log");

        ProcessBuilder builder = new ProcessBuilder(fillCommand())
                .directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("CARTELLA_DATA_DIR", data.toString());
        builder.environment().put("CARTELLA_MONGODB_EMBEDDED_PORT", Integer.toString(mongoPort));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        Process fill = builder.start();
        boolean ended = fill.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            fill.destroyForcibly();
        }
        assertThat(ended).as("the fill ended within 5 minutes, see " + log).isTrue();
        String output = Files.readString(log);
        assertThat(fill.exitValue()).as(output).isZero();
        assertThat(output).contains("every processor has caught up");
        String result = output.lines().filter(line -> line.startsWith("VOLUME ")).findFirst().orElseThrow();
        long events = Api.JSON.readTree(result.substring("VOLUME ".length())).path("events").asLong();
        assertThat(events).as(result).isGreaterThanOrEqualTo(EVENTS);

        try (AppProcess node = AppProcess.node("after-fill", work)
                .env("CARTELLA_DATA_DIR", data.toString())
                .env("CARTELLA_DEMO", "true")
                .env("CARTELLA_MONGODB_EMBEDDED_PORT", Integer.toString(mongoPort))
                .build()) {
            node.start().awaitReady();
            String mongoUri = "mongodb://127.0.0.1:" + mongoPort;
            long opened = StoredEvents.read(mongoUri, "cartella").events().stream()
                    .filter(event -> event.type().equals("CaseOpened")).count();
            try (MongoClient client = MongoClients.create(mongoUri)) {
                long listed = client.getDatabase("cartella").getCollection("case_view").countDocuments();
                assertThat(opened).as("cases opened by the fill and the demo").isGreaterThan(100);
                assertThat(listed).as("cases in the case view when Cartella is ready again").isEqualTo(opened);
            }
        }
    }

    private static List<String> fillCommand() {
        Path jar = Path.of(System.getProperty("cartella.jar", "target/cartella.jar")).toAbsolutePath();
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp", jar.toString(),
                "-Dloader.main=it.cartella.app.volume.SyntheticVolume",
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--events", Long.toString(EVENTS), "--threads", "4");
    }
}
