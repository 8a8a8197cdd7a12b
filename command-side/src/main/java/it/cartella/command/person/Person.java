package it.cartella.command.person;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.ChangeResidence;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.CorrectPersonData;
import it.cartella.kernel.person.PersonDataCorrected;
import it.cartella.kernel.person.ErasePerson;
import it.cartella.kernel.person.PersonErased;
import it.cartella.kernel.person.PersonRegistered;
import it.cartella.kernel.person.RegisterPerson;
import it.cartella.kernel.person.ResidenceChanged;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;
import it.cartella.kernel.privacy.PersonalDataCategory;
import it.cartella.kernel.territory.IstatCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person known to the services: identity, residence, contacts.
 * <p>
 * Registration and correction are not command handlers of the aggregate: a codice fiscale must first be claimed
 * in the {@link CodiceFiscaleRegistry}, and an aggregate decides without fetching. {@link PersonRegistration}
 * claims, then creates or corrects the person through the package-private methods below.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class Person {

    @AggregateIdentifier
    @DataSubject
    private PersonId personId;
    /** Annotated like in the events, so a snapshot of the person stores it encrypted. */
    @PersonalData(PersonalDataCategory.IDENTIFYING)
    private CodiceFiscale codiceFiscale;
    private IstatCode residenceComune;
    private LocalDate residenceSince;
    private boolean erased;

    protected Person() {
        // Axon rebuilds the person from its events.
    }

    Person(RegisterPerson command) {
        apply(PersonRegistered.from(command));
    }

    void correct(CorrectPersonData command) {
        apply(PersonDataCorrected.from(command));
    }

    /** The codice fiscale on record, for the registry; null for a person known by a provisional code. */
    CodiceFiscale codiceFiscale() {
        return codiceFiscale;
    }

    @CommandHandler
    void handle(ChangeResidence command) {
        if (command.residenceComune().equals(residenceComune)) {
            throw DomainException.invalid("residenceComune", "RESIDENCE_UNCHANGED",
                    "La persona risiede già in questo Comune.", "The person already resides in this Comune.");
        }
        if (residenceSince != null && command.effectiveFrom().isBefore(residenceSince)) {
            throw DomainException.invalid("effectiveFrom", "RESIDENCE_BEFORE_CURRENT",
                    "La nuova residenza non può decorrere prima di quella attuale.",
                    "The new residence cannot take effect before the current one.");
        }
        apply(new ResidenceChanged(personId, residenceComune, command.residenceComune(), command.effectiveFrom()));
    }

    /** Erasing twice changes nothing: the key is gone already, and the read models were told. */
    @CommandHandler
    void handle(ErasePerson command) {
        if (erased) {
            return;
        }
        apply(new PersonErased(personId, command.reason(), command.erasedBy()));
    }

    @EventSourcingHandler
    void on(PersonErased event) {
        erased = true;
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
        codiceFiscale = event.codiceFiscale();
        residenceComune = event.residenceComune();
    }

    @EventSourcingHandler
    void on(PersonDataCorrected event) {
        codiceFiscale = event.codiceFiscale();
    }

    @EventSourcingHandler
    void on(ResidenceChanged event) {
        residenceComune = event.residenceComune();
        residenceSince = event.effectiveFrom();
    }
}
