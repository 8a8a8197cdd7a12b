package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import it.cartella.eventstore.DurabilityBarrier;
import it.cartella.eventstore.GroupCommit;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The in-process MongoDB used when no real MongoDB is configured: mongo-java-server speaking the wire protocol
 * to the same driver the production deployment uses, so nothing in Cartella knows which one it talks to.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    /** The file of the H2 backend inside the data directory. */
    public static final String DATA_FILE = "cartella.mv";

    /**
     * The H2 page cache: a quarter of the heap. H2's default (16 MB) holds a few thousand documents: beyond that every
     * read of an event deserializes its page from the file again (measured as the larger part of a catch-up's cost).
     */
    private static final int CACHE_MB = (int) Math.max(64, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024));

    private final MongoServer server;
    private final InetSocketAddress address;
    private final DurabilityBarrier durabilityBarrier;

    private EmbeddedMongoServer(MongoBackend backend, String host, int port, DurabilityBarrier durabilityBarrier) {
        this.server = new MongoServer(backend);
        server.bind(host, port);
        this.address = server.getLocalAddress();
        this.durabilityBarrier = durabilityBarrier;
    }

    /**
     * Starts the server with its data in {@code dataDir}, kept across restarts.
     *
     * @param port the TCP port; 0 takes a free one
     */
    public static EmbeddedMongoServer startPersistent(Path dataDir, String host, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
        MVStore store = new MVStore.Builder()
                .fileName(dataDir.resolve(DATA_FILE).toString())
                .cacheSize(CACHE_MB)
                .open();
        EmbeddedH2Backend backend = new EmbeddedH2Backend(store);
        backend.markRebuiltIndexes();
        // No compression: every durability flush would pay for it in CPU, on the hot path of each command.
        // MVStore.commit() writes the pending changes to the file (the OS page cache): that is what survives a
        // kill -9 of this process. Concurrent callers share one commit (GroupCommit).
        return new EmbeddedMongoServer(backend, host, port, new GroupCommit(store::commit));
    }

    /** Starts a throw-away server in memory on the loopback interface, for tests and benchmarks. */
    public static EmbeddedMongoServer startInMemory() {
        return new EmbeddedMongoServer(new MemoryBackend(), "127.0.0.1", 0, DurabilityBarrier.NONE);
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    public DurabilityBarrier durabilityBarrier() {
        return durabilityBarrier;
    }

    @Override
    public void close() {
        // shutdownNow closes the backend, which commits and closes the MVStore file.
        server.shutdownNow();
    }
}
