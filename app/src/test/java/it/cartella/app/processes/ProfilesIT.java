package it.cartella.app.processes;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side and the query side as two processes on one database: a query node (profile {@code query}, here
 * also running the embedded database) and a command node (profile {@code command}). A command accepted by the
 * command node shows up in the query node's read models; the command node refuses reads and runs no projection, the
 * query node refuses changes and runs no deadline engine.
 */
class ProfilesIT {

    private static final List<String> PROJECTIONS = List.of("case-view", "case-file", "worklist", "indicator-facts");

    @Test
    void aCommandAcceptedByTheCommandNodeIsReadOnTheQueryNode() throws Exception {
        Path work = Path.of("target", "processes", "profiles-" + System.currentTimeMillis()).toAbsolutePath();
        int mongoPort = AppProcess.freePort();
        String mongoUri = "mongodb://127.0.0.1:" + mongoPort;
        try (AppProcess query = AppProcess.node("query", work)
                .env("SPRING_PROFILES_ACTIVE", "query")
                .env("CARTELLA_DATA_DIR", work.resolve("query").toString())
                .env("CARTELLA_DEMO", "true")
                .env("CARTELLA_MONGODB_EMBEDDED_PORT", Integer.toString(mongoPort))
                .build()) {
            query.start().awaitReady();
            String key = Files.readString(work.resolve("query").resolve("codice-fiscale.key"),
                    StandardCharsets.US_ASCII).strip();
            try (AppProcess command = AppProcess.node("command", work)
                    .env("SPRING_PROFILES_ACTIVE", "command")
                    .env("CARTELLA_DATA_DIR", work.resolve("command").toString())
                    .env("CARTELLA_MONGODB_URI", mongoUri)
                    .env("CARTELLA_CODICE_FISCALE_KEY", key)
                    .env("CARTELLA_DEADLINE_POLL_INTERVAL", "PT2S")
                    .property("cartella.security.http-basic", "true")
                    .build()) {
                command.start().awaitReady();

                Api toCommands = new Api(command, "as.comune1");
                Api toQueries = new Api(query, "as.comune1");
                CaseWorker.Opened opened = new CaseWorker(() -> toCommands, "comune-098031", "as-comune1",
                        () -> false).openOnly();
                String path = "/cases/" + opened.caseId();

                AppProcess.awaitUntil(() -> {
                    Api.Answer file = toQueries.get(path);
                    return file.success() && "OPEN".equals(file.field("status"))
                            && opened.personId().equals(file.field("personId"));
                }, "the case opened on the command node in the query node's case file");
                AppProcess.awaitUntil(() -> toQueries.get("/cases?size=100").body().contains(opened.caseId()),
                        "the case in the query node's case list");

                Api.Answer readOnCommandNode = toCommands.get(path);
                assertThat(readOnCommandNode.status()).isEqualTo(404);
                assertThat(readOnCommandNode.code()).contains("COMMAND_NODE_SERVES_NO_READS");

                long before = StoredEvents.read(mongoUri, "cartella").byAggregate().get(opened.caseId()).size();
                Api.Answer changeOnQueryNode = toQueries.send("POST", path + "/notes",
                        Map.of("notedOn", LocalDate.now(ZoneId.of("Europe/Rome")).toString(), "text", "Nota"), UUID.randomUUID().toString());
                assertThat(changeOnQueryNode.status()).isEqualTo(404);
                assertThat(changeOnQueryNode.code()).contains("QUERY_NODE_ACCEPTS_NO_COMMANDS");
                assertThat(StoredEvents.read(mongoUri, "cartella").byAggregate().get(opened.caseId()))
                        .as("events of the case after a change refused by the query node").hasSize((int) before);

                Api.Answer note = toCommands.send("POST", path + "/notes",
                        Map.of("notedOn", LocalDate.now(ZoneId.of("Europe/Rome")).toString(), "text", "Nota"), UUID.randomUUID().toString());
                assertThat(note.status()).as(note.body()).isEqualTo(200);
                AppProcess.awaitUntil(() -> toQueries.get(path).json().path("notesCount").asInt() == 1,
                        "the note sent to the command node counted by the query node");

                Tokens tokens = Tokens.read(mongoUri);
                assertThat(tokens.tokens()).as("projections run on the query node only")
                        .filteredOn(t -> PROJECTIONS.contains(t.processor()))
                        .isNotEmpty().noneMatch(t -> t.heldBy(command));
                assertThat(tokens.of("deadline-engine")).as("the deadline engine runs on the command node only")
                        .isNotEmpty().noneMatch(t -> t.heldBy(query));
                command.stop();
            }
            query.stop();
        }
    }
}
