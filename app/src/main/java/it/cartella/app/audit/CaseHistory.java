package it.cartella.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.app.access.CategoryFilter;
import it.cartella.app.access.PersonalDataFields;
import it.cartella.app.command.CommandSender;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.query.cases.CaseFileQueries;
import it.cartella.query.cases.CaseFileReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A case as its events tell it, up to an instant: what an auditor reads to see the case "as of" a day. The state is
 * rebuilt from the events of the case, of its plans, interventions, traineeships, discharges and contacts, of its
 * household and of its people, stored up to then (nothing written later counts, corrections included), with the
 * same changes as the case file's projection. The events are listed too, each filtered to the reader's categories
 * by the annotations on its class; the state is filtered as the case detail is: the whole file for the owning side
 * and auditors, the case's summary with the granted categories for a partner.
 */
@Component
public class CaseHistory {

    /** The categories whose holder sees the whole case file, as in the case detail: the owning side's. */
    private static final Set<PersonalDataCategory> FULL_FILE =
            EnumSet.complementOf(EnumSet.of(PersonalDataCategory.SEALED_VIOLENCE));
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private final EventStore eventStore;
    private final ObjectMapper objectMapper;
    private final CategoryFilter caseViewFilter;
    private final CaseFileQueries caseFiles;
    private final Map<Class<?>, CategoryFilter> filters = new ConcurrentHashMap<>();

    CaseHistory(EventStore eventStore, ObjectMapper objectMapper, CategoryFilter caseViewFilter,
                CaseFileQueries caseFiles) {
        this.eventStore = eventStore;
        this.objectMapper = objectMapper;
        this.caseViewFilter = caseViewFilter;
        this.caseFiles = caseFiles;
    }

    /** Blocking: reads the event streams. */
    public Timeline asOf(String caseId, Instant asOf, Set<PersonalDataCategory> granted) {
        CaseFileReplay replay = new CaseFileReplay(caseId);
        List<DomainEventMessage<?>> caseEvents = new ArrayList<>(events(caseId, asOf));
        // The records linked to the case now: those linked after the instant have no event up to it, and add nothing.
        for (String record : caseFiles.linkedAggregates(caseId).blockOptional().orElse(List.of())) {
            caseEvents.addAll(events(record, asOf));
        }
        // Stable: the events of one aggregate keep their order whatever their timestamps.
        caseEvents.sort(Comparator.comparing(DomainEventMessage::getTimestamp));
        caseEvents.forEach(event -> replay.apply(event.getPayload()));
        for (String person : replay.people()) {
            events(person, asOf).forEach(event -> replay.apply(event.getPayload()));
        }
        List<Entry> entries = caseEvents.stream().filter(event -> !isPeopleEvent(event)).map(event -> entry(event,
                granted)).toList();
        if (!replay.opened()) {
            return new Timeline(caseId, asOf, null, null, entries);
        }
        Map<String, Object> state = granted.containsAll(FULL_FILE)
                ? caseViewFilter.filter(replay.detail(LocalDate.ofInstant(asOf, ITALY)), granted)
                : caseViewFilter.filter(replay.summary(), granted);
        return new Timeline(caseId, asOf, replay.summary().status().name(), state, entries);
    }

    /** The household's events build the state's people; they are the household's history, not the case's. */
    private static boolean isPeopleEvent(DomainEventMessage<?> event) {
        return event.getPayload().getClass().getPackageName().endsWith(".household");
    }

    private List<DomainEventMessage<?>> events(String aggregateId, Instant asOf) {
        List<DomainEventMessage<?>> found = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            found.add(event);
        }
        return found;
    }

    private Entry entry(DomainEventMessage<?> event, Set<PersonalDataCategory> granted) {
        Object payload = event.getPayload();
        CategoryFilter filter = filters.computeIfAbsent(payload.getClass(),
                type -> new CategoryFilter(PersonalDataFields.of(type), objectMapper));
        return new Entry(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getTimestamp(),
                payload.getClass().getSimpleName(), (String) event.getMetaData().get(CommandSender.ACTOR),
                filter.filter(payload, granted));
    }

    /**
     * @param status the case's status at {@code asOf}, rebuilt from its events; null before it was opened
     * @param state  the case as it stood at {@code asOf}, filtered for the reader; null before it was opened
     * @param events the events of the case and of its records up to {@code asOf}, in the order they were stored
     */
    public record Timeline(String caseId, Instant asOf, String status, Map<String, Object> state,
                           List<Entry> events) {
    }

    /**
     * @param aggregateId the case, or the plan, intervention... the event belongs to
     * @param actor       the user whose command caused the event, when a user did
     */
    public record Entry(String aggregateId, long sequence, Instant at, String type, String actor,
                        Map<String, Object> data) {
    }
}
