package it.cartella.command.person;

import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.CorrectPersonData;
import it.cartella.kernel.person.PersonAlreadyRegisteredException;
import it.cartella.kernel.person.RegisterPerson;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Registers persons and corrects their identity, keeping the codice fiscale unique across all of them: claims a
 * new code in the {@link CodiceFiscaleRegistry}, changes the {@link Person}, confirms the claim once the event is
 * committed and, after a correction to another code, releases the old one. If the commit fails, the claim stays
 * unconfirmed and the registry lets a retry, or after a grace period anyone, take it over.
 */
@Component
public class PersonRegistration {

    private final Repository<Person> persons;
    private final CodiceFiscaleRegistry registry;
    private final Predicate<PersonId> isRegistered;

    /** Asks the event store whether a person exists: its last sequence number, without loading the person. */
    @Autowired
    public PersonRegistration(Repository<Person> persons, CodiceFiscaleRegistry registry, EventStore eventStore) {
        this(persons, registry, personId -> eventStore.lastSequenceNumberFor(personId.value()).isPresent());
    }

    /**
     * @param isRegistered whether a person's aggregate exists; a parameter because the check spans other persons,
     *                     which an aggregate test fixture cannot hold
     */
    PersonRegistration(Repository<Person> persons, CodiceFiscaleRegistry registry,
                       Predicate<PersonId> isRegistered) {
        this.persons = persons;
        this.registry = registry;
        this.isRegistered = isRegistered;
    }

    /** @return the id of the registered person */
    @CommandHandler
    public PersonId handle(RegisterPerson command) throws Exception {
        PersonId personId = command.personId();
        if (isRegistered.test(personId)) {
            throw new PersonAlreadyRegisteredException(personId);
        }
        if (command.codiceFiscale() != null) {
            claim(command.codiceFiscale(), personId);
        }
        persons.newInstance(() -> new Person(command));
        return personId;
    }

    @CommandHandler
    public void handle(CorrectPersonData command) {
        PersonId personId = command.personId();
        Aggregate<Person> person = persons.load(personId.value());
        CodiceFiscale current = person.invoke(Person::codiceFiscale);
        CodiceFiscale corrected = command.codiceFiscale();
        if (corrected != null && !corrected.equals(current)) {
            claim(corrected, personId);
        }
        person.execute(p -> p.correct(command));
        if (current != null && !Objects.equals(current, corrected)) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> registry.release(current, personId));
        }
    }

    private void claim(CodiceFiscale codiceFiscale, PersonId personId) {
        registry.claim(codiceFiscale, personId, isRegistered);
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> registry.confirm(codiceFiscale, personId));
    }
}
