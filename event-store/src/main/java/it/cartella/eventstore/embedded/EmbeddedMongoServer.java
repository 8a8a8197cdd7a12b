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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
    private final Runnable beforeClose;

    private EmbeddedMongoServer(MongoBackend backend, String host, int port, DurabilityBarrier durabilityBarrier,
                                Runnable beforeClose) {
        this.server = new MongoServer(backend);
        server.bind(host, port);
        this.address = server.getLocalAddress();
        this.durabilityBarrier = durabilityBarrier;
        this.beforeClose = beforeClose;
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
        MVStore store = openStore(dataDir.resolve(DATA_FILE));
        EmbeddedH2Backend backend = new EmbeddedH2Backend(store);
        backend.markRebuiltIndexes();
        // What the background commit did, once a second, without cutting writes: it bounds the unsaved changes kept
        // in memory, and what a kill loses of the writes no barrier covers (read models, tokens).
        ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-mongo-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(backend::commitWholeWrites, 1, 1, TimeUnit.SECONDS);
        // No compression: every durability flush would pay for it in CPU, on the hot path of each command.
        // The commit writes the pending changes to the file (the OS page cache): that is what survives a kill -9 of
        // this process. Concurrent callers share one commit (GroupCommit).
        return new EmbeddedMongoServer(backend, host, port, new GroupCommit(backend::commitWholeWrites),
                committer::shutdownNow);
    }

    /**
     * H2's own commits are off, both of them, since either could store the file in the middle of a write (see
     * EmbeddedH2Backend.commitWholeWrites): the background thread's (autoCommitDisabled), and the one a writing thread
     * runs inline once the unsaved changes pass the buffer size (autoCommitBufferSize 0). The profile found the second
     * one firing inside the server's writes, on the request's thread, under sustained appends.
     */
    static MVStore openStore(Path file) {
        return new MVStore.Builder()
                .fileName(file.toString())
                .cacheSize(CACHE_MB)
                .autoCommitDisabled()
                .autoCommitBufferSize(0)
                .open();
    }

    /** Starts a throw-away server in memory on the loopback interface, for tests and benchmarks. */
    public static EmbeddedMongoServer startInMemory() {
        return new EmbeddedMongoServer(new MemoryBackend(), "127.0.0.1", 0, DurabilityBarrier.NONE, () -> { });
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
        beforeClose.run();
        // shutdownNow closes the backend, which commits and closes the MVStore file.
        server.shutdownNow();
    }
}
