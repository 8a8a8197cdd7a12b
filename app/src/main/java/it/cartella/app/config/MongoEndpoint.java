package it.cartella.app.config;

import com.mongodb.WriteConcern;
import it.cartella.eventstore.DurabilityBarrier;
import it.cartella.eventstore.embedded.EmbeddedMongoServer;
import it.cartella.eventstore.embedded.FileUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The MongoDB Cartella talks to: a real deployment at a configured URI, or the embedded server it starts itself
 * when none is configured, so that a fresh clone runs with nothing but Java.
 */
public final class MongoEndpoint implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoEndpoint.class);

    private final String connectionString;
    private final WriteConcern writeConcern;
    private final DurabilityBarrier durabilityBarrier;
    private final EmbeddedMongoServer embeddedServer;

    private MongoEndpoint(String connectionString, WriteConcern writeConcern, DurabilityBarrier durabilityBarrier,
                          EmbeddedMongoServer embeddedServer) {
        this.connectionString = connectionString;
        this.writeConcern = writeConcern;
        this.durabilityBarrier = durabilityBarrier;
        this.embeddedServer = embeddedServer;
    }

    static MongoEndpoint open(CartellaProperties properties) {
        CartellaProperties.Mongodb mongodb = properties.mongodb();
        if (mongodb.isExternal()) {
            // An acknowledged append must survive the loss of the primary: majority and journal, always.
            return new MongoEndpoint(mongodb.uri(), WriteConcern.MAJORITY.withJournal(true), DurabilityBarrier.NONE,
                    null);
        }
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(dataDir, "127.0.0.1", mongodb.embeddedPort());
        log.info("Embedded MongoDB listening at {} with data in {}", server.connectionString(), dataDir);
        // The embedded server has no replication nor journal to wait for: its barrier makes appends durable.
        return new MongoEndpoint(server.connectionString(), WriteConcern.ACKNOWLEDGED, server.durabilityBarrier(),
                server);
    }

    public String connectionString() {
        return connectionString;
    }

    public WriteConcern writeConcern() {
        return writeConcern;
    }

    public DurabilityBarrier durabilityBarrier() {
        return durabilityBarrier;
    }

    /** The embedded database's file and how much of it is live; empty on a real MongoDB. */
    public Optional<FileUsage> embeddedFileUsage() {
        return embeddedServer == null ? Optional.empty() : embeddedServer.fileUsage();
    }

    @Override
    public void close() {
        if (embeddedServer != null) {
            embeddedServer.close();
        }
    }
}
