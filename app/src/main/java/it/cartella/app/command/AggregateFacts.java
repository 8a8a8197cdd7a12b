package it.cartella.app.command;

import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.PersonRegistered;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What a request needs to know about an aggregate before it can build its command, read from the aggregate's
 * creating event in the event store: unlike a read model, the event store is never behind, so a person registered
 * a moment ago can already be named. Aggregate loads are key look-ups in Cartella's engine, whatever the store size.
 */
@Component
public class AggregateFacts {

    private final EventStore eventStore;

    AggregateFacts(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The opening of a case: its person, owner and Comune. */
    public CaseOpened openedCase(CaseId caseId) {
        return creation(caseId.value(), CaseOpened.class, "CASE_NOT_FOUND", "Presa in carico non trovata.",
                "Case not found.");
    }

    /** Fails, naming the request field, unless the person is registered. */
    public void requirePerson(PersonId personId, String field) {
        if (!(first(personId.value()) instanceof PersonRegistered)) {
            throw DomainException.invalid(field, "PERSON_NOT_FOUND", "Persona non registrata.",
                    "Person not registered.");
        }
    }

    /**
     * @param type the event that creates such aggregates
     * @throws DomainException NOT_FOUND with the given code when there is no such aggregate
     */
    public <T> T creation(String aggregateId, Class<T> type, String notFoundCode, String messageIt, String messageEn) {
        Object first = first(aggregateId);
        if (!type.isInstance(first)) {
            throw DomainException.notFound(notFoundCode, messageIt, messageEn);
        }
        return type.cast(first);
    }

    /** The event that created the aggregate, with its metadata (who recorded it, for which organisation). */
    public Optional<DomainEventMessage<?>> creationMessage(String aggregateId) {
        DomainEventStream events = eventStore.readEvents(aggregateId, 0);
        return events.hasNext() ? Optional.of(events.next()) : Optional.empty();
    }

    /** From sequence 0, not from a snapshot: the creating event is what is asked for. */
    private Object first(String aggregateId) {
        return creationMessage(aggregateId).map(DomainEventMessage::getPayload).orElse(null);
    }
}
