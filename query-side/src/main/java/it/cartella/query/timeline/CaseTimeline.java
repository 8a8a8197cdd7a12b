package it.cartella.query.timeline;

import it.cartella.query.cases.CaseFileQueries;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The history of a case, read from the event store itself rather than from a projection: an audit must show what
 * was stored, not a copy that could lag or diverge, and erasing a person's key erases it here too with no second
 * place to clean. The case's own stream and those of its linked aggregates (found in the case file) are each a key
 * look-up in Cartella's engine, then merged by time, each stream keeping its own order.
 * <p>
 * The case's events are complete the moment they are stored; a plan or traineeship created a moment ago joins once
 * the case file knows it, a fraction of a second later.
 */
public class CaseTimeline {

    private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::recordedAt)
            .thenComparing(TimelineEntry::aggregateId).thenComparingLong(TimelineEntry::sequence);

    private final EventStore eventStore;
    private final CaseFileQueries files;

    public CaseTimeline(EventStore eventStore, CaseFileQueries files) {
        this.eventStore = Objects.requireNonNull(eventStore, "eventStore");
        this.files = Objects.requireNonNull(files, "files");
    }

    /** Empty when there is no such case. */
    public Mono<List<TimelineEntry>> of(String caseId) {
        return files.linkedAggregates(caseId).defaultIfEmpty(List.of())
                .publishOn(Schedulers.boundedElastic())  // the event store reads block
                .flatMap(linked -> {
                    List<TimelineEntry> entries = new ArrayList<>(read(caseId));
                    if (entries.isEmpty()) {
                        return Mono.empty();
                    }
                    linked.forEach(id -> entries.addAll(read(id)));
                    entries.sort(ORDER);
                    return Mono.just(entries);
                });
    }

    private List<TimelineEntry> read(String aggregateId) {
        List<TimelineEntry> entries = new ArrayList<>();
        eventStore.readEvents(aggregateId, 0).asStream().forEach(message -> entries.add(entry(message)));
        return entries;
    }

    private static TimelineEntry entry(DomainEventMessage<?> message) {
        Summary summary = EventSummaries.of(message.getPayload());
        MetaData meta = message.getMetaData();
        return new TimelineEntry(message.getTimestamp(), message.getType(), message.getAggregateIdentifier(),
                message.getSequenceNumber(), message.getPayloadType().getSimpleName(), text(meta, "actor"),
                text(meta, "organisation"), text(meta, "role"), text(meta, "correlationId"), summary.it(),
                summary.en());
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
