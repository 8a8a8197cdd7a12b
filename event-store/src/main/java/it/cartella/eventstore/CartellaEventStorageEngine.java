package it.cartella.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cartella's Axon event storage engine on MongoDB.
 *
 * <ul>
 *   <li>One document per commit ({@link CommitDocument}): a command's events are stored atomically without
 *       transactions; its unique key {@code aggregateId:firstSequence} gives per-aggregate optimistic concurrency.</li>
 *   <li>Global order from a counter ({@link GlobalPositions}); readers deliver strictly in position order and
 *       resolve gaps ({@link GapResolver}), so no event is skipped whatever the number of writers or their clocks.
 *       Tokens are {@link GapAwareTrackingToken}s that never need to carry gaps, so they stay small.</li>
 *   <li>Every query is an equality or {@code $in} on the unique key or on the unique position index. mongo-java-server
 *       ignores other indexes and scans for any other query; these two are key lookups on it and on MongoDB alike,
 *       so catch-up and aggregate loading do not slow down as the store grows.</li>
 * </ul>
 */
public class CartellaEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger LOG = LoggerFactory.getLogger(CartellaEventStorageEngine.class);

    public static final String COMMITS = "event_commits";
    public static final String SNAPSHOTS = "event_snapshots";
    public static final String COUNTERS = "event_counters";

    /**
     * How many positions one tracking query asks for. mongo-java-server finds each through the unique index, then
     * re-checks every document found against the whole {@code $in} list, so the cost of a query grows with the square
     * of its length; a short window keeps catch-up linear, and per-query round trips stay cheap at this size.
     */
    private static final int POSITIONS_PER_QUERY = 128;

    /** How many sequence numbers one aggregate look-up asks for: most aggregates load in one round trip. */
    private static final int AGGREGATE_WINDOW = 64;
    /** A node voids the rest of its block of positions after this long unused, or this long after reserving it. */
    private static final Duration BLOCK_MAX_IDLE = Duration.ofMillis(20);
    private static final Duration BLOCK_MAX_AGE = Duration.ofMillis(200);

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final GlobalPositions positions;
    private final GapResolver gaps;
    private final PositionBlock positionBlock;
    private final CommitWriter writer;
    private final ScheduledExecutorService blockReleaser;

    protected CartellaEventStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database.withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        this.commits = database.getCollection(COMMITS);
        this.snapshots = database.getCollection(SNAPSHOTS);
        this.positions = new GlobalPositions(database.getCollection(COUNTERS));
        this.gaps = new GapResolver(commits, builder.gapTimeout);
        commits.createIndex(Indexes.ascending(CommitDocument.POSITIONS),
                new IndexOptions().unique(true).name("positions"));
        CommitKeys.giveOldCommitsTheirKey(commits, database.getCollection(COUNTERS));
        commits.createIndex(Indexes.ascending(CommitDocument.KEY), new IndexOptions().unique(true).name("key"));
        this.positionBlock = new PositionBlock(positions, commits, gaps, builder.positionBlockSize,
                BLOCK_MAX_IDLE.toNanos(), BLOCK_MAX_AGE.toNanos());
        this.writer = new CommitWriter(commits, positionBlock, gaps, builder.durabilityBarrier);
        this.blockReleaser = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-store-block-releaser");
            thread.setDaemon(true);
            return thread;
        });
        blockReleaser.scheduleWithFixedDelay(this::releaseIdleBlock, BLOCK_MAX_IDLE.toMillis(),
                BLOCK_MAX_IDLE.toMillis() / 2, TimeUnit.MILLISECONDS);
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------------------------------------- appending

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (!events.isEmpty()) {
            writer.write(CommitDocument.Draft.of(events, serializer));
        }
    }

    /** Gives this node's unused reserved positions back (voids them), so readers need not wait for them. */
    public void shutDown() {
        blockReleaser.shutdown();
        try {
            blockReleaser.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        positionBlock.releaseRemainder();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = snapshot.serializeMetaData(serializer, String.class);
        // Only the latest snapshot is kept: it replaces the previous one by aggregate id.
        Document document = new Document("_id", snapshot.getAggregateIdentifier())
                .append("aggregateType", snapshot.getType())
                .append("sequence", snapshot.getSequenceNumber())
                .append("eventId", snapshot.getIdentifier())
                .append("timestamp", snapshot.getTimestamp().toString())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", metaData.getData());
        snapshots.replaceOne(Filters.eq("_id", snapshot.getAggregateIdentifier()), document,
                new ReplaceOptions().upsert(true));
    }

    private void releaseIdleBlock() {
        try {
            positionBlock.releaseIfIdleOrOld();
        } catch (RuntimeException e) {
            // Readers void what stays empty after the gap timeout; the next run tries again.
            LOG.warn("Could not release this node's unused positions: {}", e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------- tracking

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long after = positionOf(lastToken);
        long highest = positions.highestReserved();
        List<TrackedEventData<?>> batch = new ArrayList<>();
        while (after < highest && batch.size() < batchSize) {
            long to = Math.min(highest, after + POSITIONS_PER_QUERY);
            Map<Long, Document> byPosition = commitsCovering(after + 1, to);
            long position = after + 1;
            while (position <= to) {
                Document commit = byPosition.get(position);
                if (commit == null) {
                    // Every empty position of the window starts its clock now, not only the first: a killed node
                    // leaves a run of up to a block of reserved positions empty, which then times out at once
                    // instead of one gap timeout after another (a minute or more of stalled processors).
                    for (long empty = position; empty <= to; empty++) {
                        if (!byPosition.containsKey(empty)) {
                            gaps.stillEmpty(empty);
                        }
                    }
                    return batch;
                }
                gaps.filled(position);
                batch.addAll(CommitDocument.tracked(commit, position));
                position = CommitDocument.position(commit) + CommitDocument.size(commit);
            }
            // Voided positions deliver nothing: keep looking rather than report an empty store.
            after = position - 1;
        }
        return batch;
    }

    /** The commits covering positions {@code from..to}, by each position they cover. */
    private Map<Long, Document> commitsCovering(long from, long to) {
        List<Long> wanted = new ArrayList<>((int) (to - from + 1));
        for (long p = from; p <= to; p++) {
            wanted.add(p);
        }
        Map<Long, Document> byPosition = new HashMap<>(wanted.size() * 2);
        for (Document commit : commits.find(Filters.in(CommitDocument.POSITIONS, wanted))) {
            long first = CommitDocument.position(commit);
            for (long p = first; p < first + CommitDocument.size(commit); p++) {
                byPosition.put(p, commit);
            }
        }
        return byPosition;
    }

    private static long positionOf(TrackingToken token) {
        TrackingToken unwrapped = WrappedToken.unwrapLowerBound(token);
        if (unwrapped == null) {
            return -1;
        }
        if (unwrapped instanceof GapAwareTrackingToken gapAware) {
            // Our readers never pass a gap, so a token's gaps (from another engine) would be a bug to hide.
            if (gapAware.hasGaps()) {
                throw new IllegalArgumentException("Tokens of this store carry no gaps: " + gapAware);
            }
            return gapAware.getIndex();
        }
        throw new IllegalArgumentException("Unsupported token type " + unwrapped.getClass().getName());
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        long highest = positions.highestReserved();
        return highest < 0 ? null : GapAwareTrackingToken.newInstance(highest, Collections.emptySet());
    }

    /**
     * The token just before the first commit written at or after {@code instant}, found by bisection over positions.
     * Commit times come from the writers' clocks, so with skewed nodes the answer is as precise as their clocks.
     */
    @Override
    public TrackingToken createTokenAt(Instant instant) {
        long low = 0;
        long high = positions.highestReserved() + 1;
        while (low < high) {
            long middle = (low + high) >>> 1;
            Document commit = firstCommitWithEventsFrom(middle);
            if (commit != null && CommitDocument.firstTimestamp(commit).isBefore(instant)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        Document first = firstCommitWithEventsFrom(low);
        if (first == null) {
            return createHeadToken();
        }
        long position = CommitDocument.position(first);
        return position == 0 ? null : GapAwareTrackingToken.newInstance(position - 1, Collections.emptySet());
    }

    private Document firstCommitWithEventsFrom(long position) {
        Map<Long, Document> around = commitsCovering(position, position + AGGREGATE_WINDOW);
        for (long p = position; p <= position + AGGREGATE_WINDOW; p++) {
            Document commit = around.get(p);
            if (commit != null && CommitDocument.hasEvents(commit)) {
                return commit;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- aggregates

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        return fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, Integer.MAX_VALUE).stream();
    }

    /**
     * Reads an aggregate's commits by asking for every key {@code aggregateId:s} in a window of sequence numbers:
     * each commit starts at one of them, so one {@code $in} on the unique key finds all the commits of the window.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        List<DomainEventData<?>> events = new ArrayList<>();
        long next = firstSequenceNumber;
        // The first window also looks back, in case firstSequenceNumber falls inside a commit.
        long windowStart = Math.max(0, firstSequenceNumber - AGGREGATE_WINDOW + 1);
        while (events.size() < batchSize) {
            long windowEnd = Math.max(next, windowStart) + AGGREGATE_WINDOW - 1;
            List<Document> found = aggregateCommits(aggregateIdentifier, windowStart, windowEnd);
            for (Document commit : found) {
                if (CommitDocument.lastSequence(commit) < next) {
                    continue;
                }
                if (CommitDocument.firstSequence(commit) > next) {
                    break;
                }
                events.addAll(CommitDocument.domainEvents(commit, next));
                next = CommitDocument.lastSequence(commit) + 1;
            }
            if (next <= windowEnd) {
                // The commit that would start at `next` was in the window and is not there: end of the stream.
                return events;
            }
            windowStart = next;
        }
        return events;
    }

    private List<Document> aggregateCommits(String aggregateIdentifier, long fromSequence, long toSequence) {
        List<String> ids = new ArrayList<>((int) (toSequence - fromSequence + 1));
        for (long s = fromSequence; s <= toSequence; s++) {
            ids.add(CommitDocument.domainId(aggregateIdentifier, s));
        }
        List<Document> found = commits.find(Filters.in(CommitDocument.KEY, ids)).into(new ArrayList<>());
        found.sort((a, b) -> Long.compare(CommitDocument.firstSequence(a), CommitDocument.firstSequence(b)));
        return found;
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        List<? extends DomainEventData<?>> events = fetchDomainEvents(aggregateIdentifier, 0, Integer.MAX_VALUE);
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).getSequenceNumber());
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(Filters.eq("_id", aggregateIdentifier)).first();
        if (snapshot == null) {
            return Stream.empty();
        }
        return Stream.of(new GenericDomainEventEntry<>(
                snapshot.getString("aggregateType"), aggregateIdentifier, snapshot.getLong("sequence"),
                snapshot.getString("eventId"), snapshot.getString("timestamp"),
                snapshot.getString("payloadType"), snapshot.getString("payloadRevision"),
                snapshot.getString("payload"), snapshot.getString("metaData")));
    }

    // ---------------------------------------------------------------------------------------------- builder

    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private DurabilityBarrier durabilityBarrier = DurabilityBarrier.NONE;
        private Duration gapTimeout = Duration.ofSeconds(3);
        private int positionBlockSize = 64;

        public Builder() {
            // Axon's default of 100 events per read makes catch-up pay a counter read and a round trip per 100
            // events; reads are cheap in windows of POSITIONS_PER_QUERY, so a batch of many windows is the better unit.
            super.batchSize(1000);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** Called after every append, before the command is answered. */
        public Builder durabilityBarrier(DurabilityBarrier durabilityBarrier) {
            this.durabilityBarrier = durabilityBarrier;
            return this;
        }

        /**
         * How long a reserved position may stay empty before readers void it. Shorter unblocks readers sooner after
         * a writer crash; a writer slower than this is not lost, it retries at a new position.
         */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /** How many global positions a node reserves at once: one counter round trip serves that many commits. */
        public Builder positionBlockSize(int positionBlockSize) {
            this.positionBlockSize = positionBlockSize;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("The MongoDB database is required");
            }
            if (durabilityBarrier == null || gapTimeout == null || gapTimeout.isNegative() || positionBlockSize < 1) {
                throw new AxonConfigurationException("A durability barrier and a non-negative gap timeout are required");
            }
        }

        public CartellaEventStorageEngine build() {
            validate();
            return new CartellaEventStorageEngine(this);
        }
    }
}
