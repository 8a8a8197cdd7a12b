package it.cartella.app.processes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The event store as it is on disk, read over the wire protocol without Cartella's code in between: one row per
 * stored event, with the correlation id of the request that caused it. Personal data stay encrypted: what is checked
 * here needs only types, aggregates, sequences and metadata.
 */
record StoredEvents(List<StoredEvent> events) {

    static StoredEvents read(String mongoUri, String database) {
        List<StoredEvent> events = new ArrayList<>();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            for (Document commit : client.getDatabase(database).getCollection("event_commits").find()) {
                List<Document> inCommit = commit.getList("events", Document.class);
                long position = commit.get("pos", Number.class).longValue();
                for (int i = 0; i < inCommit.size(); i++) {
                    Document event = inCommit.get(i);
                    Number sequence = event.get("sequence", Number.class);
                    events.add(new StoredEvent(position + i, commit.getString("key"), commit.getString("aggregateId"),
                            sequence == null ? -1 : sequence.longValue(), simpleName(event.getString("payloadType")),
                            correlationId(event.getString("metaData")), inCommit.size()));
                }
            }
        }
        return new StoredEvents(List.copyOf(events));
    }

    Map<String, List<StoredEvent>> byCorrelationId() {
        return events.stream().filter(e -> e.correlationId() != null)
                .collect(Collectors.groupingBy(StoredEvent::correlationId));
    }

    Map<String, List<StoredEvent>> byAggregate() {
        return events.stream().filter(e -> e.aggregateId() != null)
                .collect(Collectors.groupingBy(StoredEvent::aggregateId));
    }

    long count(String aggregateId, String type) {
        return events.stream().filter(e -> aggregateIdEquals(e, aggregateId) && e.type().equals(type)).count();
    }

    private static boolean aggregateIdEquals(StoredEvent event, String aggregateId) {
        return aggregateId.equals(event.aggregateId());
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String correlationId(String metaData) {
        try {
            return Api.JSON.readTree(metaData).path("correlationId").asText(null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable metadata " + metaData, e);
        }
    }

    /**
     * @param commitSize how many events the commit that holds this one has: the events of one command share a
     *                   commit, so they are stored together or not at all
     */
    record StoredEvent(long position, String commitId, String aggregateId, long sequence, String type,
                       String correlationId, int commitSize) {
    }
}
