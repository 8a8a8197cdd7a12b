package it.cartella.command.person;

import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.RegisterPerson;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Registers persons, keeping the codice fiscale unique: claims it in the {@link CodiceFiscaleRegistry}, creates
 * the {@link Person}, and confirms the claim once the person's event is committed. If the commit fails, the claim
 * stays unconfirmed and the registry lets a retry, or after a grace period anyone, take it over.
 */
@Component
public class PersonRegistration {

    private final Repository<Person> persons;
    private final CodiceFiscaleRegistry registry;

    public PersonRegistration(Repository<Person> persons, CodiceFiscaleRegistry registry) {
        this.persons = persons;
        this.registry = registry;
    }

    /** @return the id of the registered person */
    @CommandHandler
    public PersonId handle(RegisterPerson command) throws Exception {
        CodiceFiscale codiceFiscale = command.codiceFiscale();
        if (codiceFiscale != null) {
            registry.claim(codiceFiscale, command.personId(), this::exists);
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> registry.confirm(codiceFiscale, command.personId()));
        }
        persons.newInstance(() -> new Person(command));
        return command.personId();
    }

    private boolean exists(PersonId personId) {
        try {
            persons.load(personId.value());
            return true;
        } catch (AggregateNotFoundException e) {
            return false;
        }
    }
}
