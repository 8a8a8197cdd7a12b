package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import it.cartella.eventstore.DurabilityBarrier;
import it.cartella.eventstore.GroupCommit;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
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

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    /**
     * The H2 page cache: a quarter of the heap. H2's default (16 MB) holds a few thousand documents: beyond that every
     * read of an event deserializes its page from the file again (measured as the larger part of a catch-up's cost).
     */
    private static final int CACHE_MB = (int) Math.max(64, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024));

    /** The start-up compacts a file this many times its live data or larger, ... */
    private static final double START_COMPACTION_ABOVE = 2;
    /** ...until it is this many times or less, or ... */
    private static final double START_COMPACTION_UNTIL = 1.3;
    /** ...this long has passed; what remains the periodic compaction does later. */
    private static final Duration START_COMPACTION = Duration.ofSeconds(10);

    /** How long a stop waits for a commit or compaction in progress: far longer than one has been seen to take. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** A file smaller than this is left as it is at start-up: rewriting it gains nothing worth a start's time. */
    static final long START_COMPACTION_MIN_BYTES = 16L * 1024 * 1024;
    /** Every chunk, 16 MB of live data per commit, as soon as written: for the start-up, when nothing waits on it. */
    private static final FileCompaction EVERY_CHUNK =
            new FileCompaction(Duration.ofSeconds(1), 100, 16 * 1024 * 1024, Duration.ZERO);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final DurabilityBarrier durabilityBarrier;
    private final Runnable beforeClose;
    /** The persistent backend, or null in memory. */
    private final EmbeddedH2Backend backend;

    private EmbeddedMongoServer(MongoBackend backend, String host, int port, DurabilityBarrier durabilityBarrier,
                                Runnable beforeClose) {
        this.server = new MongoServer(backend);
        server.bind(host, port);
        this.address = server.getLocalAddress();
        this.durabilityBarrier = durabilityBarrier;
        this.beforeClose = beforeClose;
        this.backend = backend instanceof EmbeddedH2Backend persistent ? persistent : null;
    }

    /**
     * Starts the server with its data in {@code dataDir}, kept across restarts.
     *
     * @param port the TCP port; 0 takes a free one
     */
    public static EmbeddedMongoServer startPersistent(Path dataDir, String host, int port) {
        return startPersistent(dataDir, host, port, FileCompaction.DEFAULT);
    }

    /** As {@link #startPersistent(Path, String, int)}, compacting the file as {@code compaction} says. */
    public static EmbeddedMongoServer startPersistent(Path dataDir, String host, int port, FileCompaction compaction) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
        MVStore store = openStore(dataDir.resolve(DATA_FILE), compaction);
        EmbeddedH2Backend backend = new EmbeddedH2Backend(store);
        backend.markRebuiltIndexes();
        compactAtStart(backend);
        // What the background commit did, once a second, without cutting writes: it bounds the unsaved changes kept
        // in memory, and what a kill loses of the writes no barrier covers (read models, tokens).
        ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-mongo-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(backend::commitWholeWrites, 1, 1, TimeUnit.SECONDS);
        // What H2's background thread also did, and nothing else does with it off: compaction (FileCompaction). It
        // runs on the same thread as the commits, between whole writes like them.
        long everyMillis = compaction.every().toMillis();
        committer.scheduleWithFixedDelay(() -> compact(backend, compaction), everyMillis, everyMillis,
                TimeUnit.MILLISECONDS);
        // No compression: every durability flush would pay for it in CPU, on the hot path of each command.
        // The commit writes the pending changes to the file (the OS page cache): that is what survives a kill -9 of
        // this process. Concurrent callers share one commit (GroupCommit).
        return new EmbeddedMongoServer(backend, host, port, new GroupCommit(backend::commitWholeWrites),
                () -> stopWithoutInterrupting(committer));
    }

    /**
     * Lets a commit or compaction already running finish, and starts no other. Interrupting it (shutdownNow) was
     * seen to close the file's channel in the middle of a compaction's read ({@code ClosedByInterruptException}: a
     * thread interrupted in a channel's I/O closes the channel), so that the closing commit could no longer be
     * written: whatever no command's flush covered (read models, tokens: up to a second of them) was lost at every
     * such stop and redone at the next start.
     */
    static void stopWithoutInterrupting(ExecutorService committer) {
        committer.shutdown();
        try {
            if (!committer.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("The embedded database's commit thread did not finish within {}; closing anyway", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A file far larger than its data (one grown before Cartella compacted, say) is compacted before the server
     * accepts connections, for {@link #START_COMPACTION} at most: every chunk is rewritten, emptiest first, so the
     * first rewrites free space at the start of the file, later ones fill it, and the file's end comes free and is cut
     * off. The periodic compaction cannot do this: it leaves chunks more than half full where they are, and the
     * chunks at the end of such a file are the fullest.
     */
    private static void compactAtStart(EmbeddedH2Backend backend) {
        FileUsage before = backend.fileUsage();
        if (before.fileBytes() < START_COMPACTION_MIN_BYTES || before.overLive() < START_COMPACTION_ABOVE) {
            return;
        }
        long started = System.nanoTime();
        long deadline = started + START_COMPACTION.toNanos();
        FileUsage now = before;
        boolean first = true;
        while (System.nanoTime() < deadline && now.overLive() > START_COMPACTION_UNTIL) {
            long runStarted = System.nanoTime();
            if (!backend.commitAndCompactWholeWrites(EVERY_CHUNK)) {
                break;
            }
            now = backend.fileUsage();
            if (first && !fitsTheStart(System.nanoTime() - runStarted, before.liveBytes())) {
                // A large store (hundreds of megabytes live): the file's end would not come free within the limit,
                // so rewriting until then only delays the start; the periodic compaction keeps it in check.
                LOG.info("The embedded database's file is too large to compact at start-up within {} s ({}); "
                        + "left to the periodic compaction", START_COMPACTION.toSeconds(), before);
                return;
            }
            first = false;
        }
        LOG.info("Compacted the embedded database's file at start-up in {} ms: {} before, {} after",
                (System.nanoTime() - started) / 1_000_000, before, backend.fileUsage());
    }

    /**
     * Whether rewriting all the live data, at the pace of a first run ({@code runNanos} for at most
     * {@code EVERY_CHUNK.rewriteBytes()}), fits the start-up's limit. At 1,000,000 events (2.95 GB live) it does not,
     * and the whole 10 s were measured to free nothing.
     */
    static boolean fitsTheStart(long runNanos, long liveBytes) {
        double runsNeeded = Math.max(1.0, (double) liveBytes / EVERY_CHUNK.rewriteBytes());
        return runNanos * runsNeeded <= START_COMPACTION.toNanos();
    }

    /**
     * A failed run must not end the schedule (an exception would cancel it silently): the next one tries again, and a
     * store that really broke fails the commands' own flushes, which report it.
     */
    private static void compact(EmbeddedH2Backend backend, FileCompaction compaction) {
        try {
            long started = System.nanoTime();
            if (backend.commitAndCompactWholeWrites(compaction) && LOG.isDebugEnabled()) {
                LOG.debug("Compacted the embedded database's file in {} ms: {}",
                        (System.nanoTime() - started) / 1_000_000, backend.fileUsage());
            }
        } catch (RuntimeException e) {
            LOG.warn("Compacting the embedded database's file failed; the next run tries again", e);
        }
    }

    /**
     * H2's own commits are off, both of them, since either could store the file in the middle of a write (see
     * EmbeddedH2Backend.commitWholeWrites): the background thread's (autoCommitDisabled), and the one a writing thread
     * runs inline once the unsaved changes pass the buffer size (autoCommitBufferSize 0). The profile found the second
     * one firing inside the server's writes, on the request's thread, under sustained appends.
     * <p>
     * The retention time is how long H2 keeps a chunk, once written, before it may reuse its space or rewrite it.
     * H2's default, 45 s, with a commit per command flush (hundreds of chunks a second under load, 20 MB/s), kept
     * hundreds of megabytes of dead chunks, out of reach of compaction too. Cartella uses 0, which loses nothing it
     * guarantees: a kill -9 keeps every write the process made, in order (they are in the OS page cache); H2 writes
     * the chunk with the new pages before it frees the ones they replace, and frees a chunk only once no version still
     * in use needs it (a read in progress registers its version: EmbeddedH2Backend). What the retention time guards
     * against is a power loss after the OS wrote a newer chunk over a freed one but before it wrote the chunk that
     * replaced it; Cartella never syncs the file (fsync) on its commits, and promises nothing for a power loss, with
     * 45 s or with 0.
     * <p>
     * H2 also keeps the chunks of the last 5 versions by default (versionsToKeep), for readers of an old version that
     * did not register it. Every read of the server registers its version, so Cartella keeps none beyond those: with 5,
     * the chunks a compaction leaves were freed only after 5 more commits, that is never on a server with no writes
     * (seen on an idle 1.1 GB file, whose compaction stopped after rewriting every chunk it could, without shrinking).
     * <p>
     * H2's other compaction, compactFile, which also moves chunks toward the start of the file to truncate it, is not
     * used: under the kill test it failed one of H2 2.3.232's own assertions while moving a chunk (a chunk moved across
     * the area it had reserved), at the start-up after a kill. The rewriting compaction frees chunks wherever they
     * are, new chunks fill the first free space, and the file is truncated whenever its end comes free.
     */
    static MVStore openStore(Path file, FileCompaction compaction) {
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .cacheSize(CACHE_MB)
                .autoCommitDisabled()
                .autoCommitBufferSize(0)
                .open();
        store.setRetentionTime((int) compaction.retention().toMillis());
        store.setVersionsToKeep(0);
        return store;
    }

    static MVStore openStore(Path file) {
        return openStore(file, FileCompaction.DEFAULT);
    }

    /** Starts a throw-away server in memory on the loopback interface, for tests and benchmarks. */
    public static EmbeddedMongoServer startInMemory() {
        return new EmbeddedMongoServer(new MemoryBackend(), "127.0.0.1", 0, DurabilityBarrier.NONE, () -> { });
    }

    /** How many queries on a collection an index has narrowed so far (see {@link EmbeddedH2Collection}): for tests. */
    long narrowedQueries(String database, String collection) {
        return ((EmbeddedH2Collection) backend.resolveDatabase(database).resolveCollection(collection, true))
                .narrowedQueries();
    }

    /** The entries of a collection's index (document and key pairs): for tests. */
    long indexEntries(String database, String collection, String index) {
        return backend.resolveDatabase(database).resolveCollection(collection, true).getIndexes().stream()
                .filter(i -> i.getName().equals(index)).findFirst().orElseThrow().getCount();
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

    /** Runs one compaction now, as the schedule would (tests use it to compact at chosen points). */
    boolean compactNow(FileCompaction compaction) {
        return backend.commitAndCompactWholeWrites(compaction);
    }

    /** The size of the data file and how much of it is live; for the in-memory server, nothing. */
    public Optional<FileUsage> fileUsage() {
        return backend == null ? Optional.empty() : Optional.of(backend.fileUsage());
    }

    @Override
    public void close() {
        beforeClose.run();
        // shutdownNow closes the backend, which commits and closes the MVStore file.
        server.shutdownNow();
    }
}
