package it.cartella.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.app.access.CategoryFilter;
import it.cartella.app.access.PersonalDataFields;
import it.cartella.app.command.CommandSender;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseReopened;
import it.cartella.kernel.privacy.PersonalDataCategory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A case's history as its events tell it, up to an instant: what an auditor reads to see the case "as of" a day.
 * Each event's personal fields are filtered to the reader's categories, by the annotations on that event's class.
 */
@Component
public class CaseHistory {

    private final EventStore eventStore;
    private final ObjectMapper objectMapper;
    private final Map<Class<?>, CategoryFilter> filters = new ConcurrentHashMap<>();

    CaseHistory(EventStore eventStore, ObjectMapper objectMapper) {
        this.eventStore = eventStore;
        this.objectMapper = objectMapper;
    }

    /** Blocking: reads the case's event stream. */
    public Timeline asOf(String caseId, Instant asOf, Set<PersonalDataCategory> granted) {
        List<Entry> entries = new ArrayList<>();
        String status = null;
        DomainEventStream events = eventStore.readEvents(caseId, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            Object payload = event.getPayload();
            status = payload instanceof CaseClosed ? "CLOSED"
                    : payload instanceof CaseReopened || status == null ? "OPEN" : status;
            CategoryFilter filter = filters.computeIfAbsent(payload.getClass(),
                    type -> new CategoryFilter(PersonalDataFields.of(type), objectMapper));
            entries.add(new Entry(event.getSequenceNumber(), event.getTimestamp(),
                    payload.getClass().getSimpleName(), (String) event.getMetaData().get(CommandSender.ACTOR),
                    filter.filter(payload, granted)));
        }
        return new Timeline(caseId, asOf, status, entries);
    }

    /** @param status the case's status at {@code asOf}, rebuilt from its events; null before it was opened */
    public record Timeline(String caseId, Instant asOf, String status, List<Entry> events) {
    }

    /** @param actor the user whose command caused the event, when a user did */
    public record Entry(long sequence, Instant at, String type, String actor, Map<String, Object> data) {
    }
}
