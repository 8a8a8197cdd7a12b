package it.cartella.command.person;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.PersonRegistered;
import it.cartella.kernel.person.RegisterPerson;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person known to the services: identity, residence, contacts.
 * <p>
 * Registration is not a command handler of the aggregate: the codice fiscale must first be claimed in the
 * {@link CodiceFiscaleRegistry}, and an aggregate decides without fetching. {@link PersonRegistration} claims,
 * then creates the person through this constructor.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class Person {

    @AggregateIdentifier
    private PersonId personId;

    protected Person() {
        // Axon rebuilds the person from its events.
    }

    Person(RegisterPerson command) {
        apply(PersonRegistered.from(command));
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
    }
}
