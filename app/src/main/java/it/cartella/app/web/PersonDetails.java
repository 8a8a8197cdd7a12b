package it.cartella.app.web;

import it.cartella.kernel.person.ContactDetails;
import it.cartella.kernel.person.PersonDataCorrected;
import it.cartella.kernel.person.PersonRegistered;
import it.cartella.kernel.privacy.PersonalData;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import static it.cartella.kernel.privacy.PersonalDataCategory.CONTACT;
import static it.cartella.kernel.privacy.PersonalDataCategory.IDENTIFYING;

/**
 * A person's citizenship and contact details as last recorded, read from their own events: the case's read models do
 * not hold them, and a correction restates the whole person, so a correction form that opened without them would erase
 * them on submit. Blocking (it reads the event store): call it off the event loop.
 */
@Component
class PersonDetails {

    private final EventStore eventStore;

    PersonDetails(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Current current(String personId) {
        Current current = new Current(null, null);
        DomainEventStream events = eventStore.readEvents(personId, 0);
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            if (payload instanceof PersonRegistered registered) {
                current = new Current(registered.citizenship(), registered.contactDetails());
            } else if (payload instanceof PersonDataCorrected corrected) {
                current = new Current(corrected.citizenship(), corrected.contactDetails());
            }
        }
        return current;
    }

    record Current(@PersonalData(IDENTIFYING) String citizenship, @PersonalData(CONTACT) ContactDetails contactDetails) {
    }
}
