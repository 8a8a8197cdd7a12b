package it.cartella.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The shape of one commit in MongoDB: all the events one unit of work appended, in one document, so they are
 * stored atomically without transactions.
 *
 * <pre>
 * { _id: first global position,
 *   key: "aggregateId:firstSequence" (or "event:position" for commits with no aggregate, "void:position"),
 *   pos: first global position, n: positions covered,
 *   positions: [pos, pos + 1, ... pos + n - 1] (unique multikey index: a commit is found by any position it covers),
 *   aggregateId, aggregateType, firstSequence, lastSequence,
 *   events: [ { eventId, timestamp, sequence, payloadType, payloadRevision, payload, metaData } ] }
 * </pre>
 *
 * The unique {@code key} of a domain commit is what gives per-aggregate optimistic concurrency: two writers that
 * loaded the same version both try to insert the commit that starts at the next sequence number, and only one can.
 * The {@code _id} is the position so that the server keeps commits in the order they are written and read: the
 * embedded server stores a collection as a B-tree on {@code _id}, and with random ids (as the key was) every write
 * rewrote, and every catch-up read deserialized, pages of documents scattered over the whole store. Stores written
 * before have the key as {@code _id}; the engine gives each of their commits its {@code key} once, at start-up.
 */
final class CommitDocument {

    static final String ID = "_id";
    static final String KEY = "key";
    static final String POSITION = "pos";
    static final String POSITIONS = "positions";
    static final String SIZE = "n";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String FIRST_SEQUENCE = "firstSequence";
    static final String LAST_SEQUENCE = "lastSequence";
    static final String EVENTS = "events";

    private static final String EVENT_ID = "eventId";
    private static final String TIMESTAMP = "timestamp";
    private static final String SEQUENCE = "sequence";
    private static final String PAYLOAD_TYPE = "payloadType";
    private static final String PAYLOAD_REVISION = "payloadRevision";
    private static final String PAYLOAD = "payload";
    private static final String META_DATA = "metaData";

    private CommitDocument() {
    }

    static String domainId(String aggregateId, long firstSequence) {
        return aggregateId + ":" + firstSequence;
    }

    static String voidId(long position) {
        return "void:" + position;
    }

    /** A unit of work's events, serialized once and ready to be placed at any global position. */
    record Draft(String aggregateId, String aggregateType, long firstSequence, List<Document> events) {

        static Draft of(List<? extends EventMessage<?>> messages, Serializer serializer) {
            String aggregateId = null;
            String aggregateType = null;
            long firstSequence = -1;
            long expectedSequence = -1;
            List<Document> events = new ArrayList<>(messages.size());
            for (EventMessage<?> message : messages) {
                Document event = serialize(message, serializer);
                if (message instanceof DomainEventMessage<?> domain && domain.getType() != null) {
                    if (aggregateId == null) {
                        aggregateId = domain.getAggregateIdentifier();
                        aggregateType = domain.getType();
                        firstSequence = domain.getSequenceNumber();
                        expectedSequence = firstSequence;
                    } else if (!aggregateId.equals(domain.getAggregateIdentifier())) {
                        throw new IllegalArgumentException("A commit holds the events of one aggregate: a command must "
                                + "change a single aggregate (got " + aggregateId + " and "
                                + domain.getAggregateIdentifier() + ")");
                    }
                    if (domain.getSequenceNumber() != expectedSequence) {
                        throw new IllegalArgumentException("Sequence numbers of aggregate " + aggregateId
                                + " must be consecutive within a commit");
                    }
                    expectedSequence++;
                    event.append(SEQUENCE, domain.getSequenceNumber());
                }
                events.add(event);
            }
            return new Draft(aggregateId, aggregateType, firstSequence, events);
        }

        private static Document serialize(EventMessage<?> message, Serializer serializer) {
            SerializedObject<String> payload = message.serializePayload(serializer, String.class);
            SerializedObject<String> metaData = message.serializeMetaData(serializer, String.class);
            return new Document(EVENT_ID, message.getIdentifier())
                    .append(TIMESTAMP, message.getTimestamp().toString())
                    .append(PAYLOAD_TYPE, payload.getType().getName())
                    .append(PAYLOAD_REVISION, payload.getType().getRevision())
                    .append(PAYLOAD, payload.getData())
                    .append(META_DATA, metaData.getData());
        }

        boolean isDomain() {
            return aggregateId != null;
        }

        int size() {
            return events.size();
        }

        long lastSequence() {
            return firstSequence + domainEventCount() - 1;
        }

        private int domainEventCount() {
            return (int) events.stream().filter(e -> e.containsKey(SEQUENCE)).count();
        }

        String key(long position) {
            return isDomain() ? domainId(aggregateId, firstSequence) : "event:" + position;
        }

        Document at(long position) {
            Document commit = new Document(ID, position)
                    .append(KEY, key(position))
                    .append(POSITION, position)
                    .append(SIZE, events.size())
                    .append(POSITIONS, range(position, events.size()));
            if (isDomain()) {
                commit.append(AGGREGATE_ID, aggregateId)
                        .append(AGGREGATE_TYPE, aggregateType)
                        .append(FIRST_SEQUENCE, firstSequence)
                        .append(LAST_SEQUENCE, lastSequence());
            }
            return commit.append(EVENTS, events);
        }
    }

    /** A position nobody will ever fill: the reader that voided it, or the writer that gave it up, says so. */
    static Document voided(long position) {
        return voided(position, 1);
    }

    /** Voids {@code count} positions from {@code position}; only the owner of all of them may write this. */
    static Document voided(long position, long count) {
        return new Document(ID, position).append(KEY, voidId(position)).append(POSITION, position).append(SIZE, count)
                .append(POSITIONS, range(position, count)).append(EVENTS, Collections.emptyList());
    }

    private static List<Long> range(long first, long count) {
        List<Long> positions = new ArrayList<>((int) count);
        for (long p = first; p < first + count; p++) {
            positions.add(p);
        }
        return positions;
    }

    static long position(Document commit) {
        return commit.getLong(POSITION);
    }

    /** How many positions the commit covers. */
    static long size(Document commit) {
        return commit.get(SIZE, Number.class).longValue();
    }

    static boolean hasEvents(Document commit) {
        return !commit.getList(EVENTS, Document.class).isEmpty();
    }

    static Instant firstTimestamp(Document commit) {
        return Instant.parse(commit.getList(EVENTS, Document.class).get(0).getString(TIMESTAMP));
    }

    static long lastSequence(Document commit) {
        return commit.getLong(LAST_SEQUENCE);
    }

    static long firstSequence(Document commit) {
        return commit.getLong(FIRST_SEQUENCE);
    }

    /**
     * The commit's events at or after {@code fromPosition} as Axon sees them on a tracking stream, each with its own
     * global position. A processor may have stopped in the middle of a commit: it resumes with the rest of it.
     */
    static List<TrackedEventData<?>> tracked(Document commit, long fromPosition) {
        List<Document> events = commit.getList(EVENTS, Document.class);
        List<TrackedEventData<?>> tracked = new ArrayList<>(events.size());
        long position = position(commit);
        for (Document event : events) {
            if (position < fromPosition) {
                position++;
                continue;
            }
            GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(position++, Collections.emptySet());
            if (event.containsKey(SEQUENCE)) {
                tracked.add(new TrackedDomainEventData<>(token, domainEvent(commit, event)));
            } else {
                tracked.add(new TrackedNonDomainEvent(token, event.getString(EVENT_ID), event.getString(TIMESTAMP),
                        payloadOf(event), metaDataOf(event)));
            }
        }
        return tracked;
    }

    /** The commit's events of its aggregate with a sequence number at or above {@code fromSequence}. */
    static List<DomainEventData<?>> domainEvents(Document commit, long fromSequence) {
        List<DomainEventData<?>> result = new ArrayList<>();
        for (Document event : commit.getList(EVENTS, Document.class)) {
            Number sequence = event.get(SEQUENCE, Number.class);
            if (sequence != null && sequence.longValue() >= fromSequence) {
                result.add(domainEvent(commit, event));
            }
        }
        return result;
    }

    private static GenericDomainEventEntry<String> domainEvent(Document commit, Document event) {
        return new GenericDomainEventEntry<>(
                commit.getString(AGGREGATE_TYPE),
                commit.getString(AGGREGATE_ID),
                event.get(SEQUENCE, Number.class).longValue(),
                event.getString(EVENT_ID),
                event.getString(TIMESTAMP),
                event.getString(PAYLOAD_TYPE),
                event.getString(PAYLOAD_REVISION),
                event.getString(PAYLOAD),
                event.getString(META_DATA));
    }

    private static SerializedObject<String> payloadOf(Document event) {
        return new SimpleSerializedObject<>(event.getString(PAYLOAD), String.class,
                event.getString(PAYLOAD_TYPE), event.getString(PAYLOAD_REVISION));
    }

    private static SerializedObject<String> metaDataOf(Document event) {
        return new SimpleSerializedObject<>(event.getString(META_DATA), String.class, MetaData.class.getName(), null);
    }
}
