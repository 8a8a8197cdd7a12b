package it.cartella.command.contact;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.contact.ContactLinked;
import it.cartella.kernel.contact.ContactRecorded;
import it.cartella.kernel.contact.LinkContact;
import it.cartella.kernel.contact.RecordContact;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.ContactId;
import it.cartella.kernel.id.PersonId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A contact (<i>accesso</i>) or referral (<i>segnalazione</i>), possibly unidentified, later linked to a person
 * and a case. Its own aggregate because most contacts never become cases, and a contact exists before anyone
 * knows whose case it will be.
 * <p>
 * A contact concerns one person: once linked, it is not relinked to another (a mistaken link is corrected by a
 * new contact, keeping the history honest). Its case may be added later, once.
 */
@Aggregate(commandTargetResolver = CommandRouting.RESOLVER)
public class Contact {

    @AggregateIdentifier
    private ContactId contactId;
    private PersonId person;
    private CaseId caseId;

    protected Contact() {
        // Axon rebuilds the contact from its events.
    }

    @CommandHandler
    public Contact(RecordContact command) {
        apply(new ContactRecorded(command.contactId(), command.kind(), command.channel(),
                command.receivingOrganisation(), command.sourceOrganisation(), command.receivedAt(), command.person(),
                command.residenceComune(), command.need(), command.sex(), command.ageBand(), command.summary()));
    }

    @CommandHandler
    void handle(LinkContact command) {
        if (person != null && !person.equals(command.person())) {
            throw DomainException.conflict("CONTACT_LINKED_TO_OTHER_PERSON",
                    "Il contatto è già collegato a un'altra persona.", "The contact is linked to another person.");
        }
        if (caseId != null && command.caseId() != null && !caseId.equals(command.caseId())) {
            throw DomainException.conflict("CONTACT_LINKED_TO_OTHER_CASE",
                    "Il contatto è già collegato a un altro caso.", "The contact is linked to another case.");
        }
        CaseId linkedCase = command.caseId() != null ? command.caseId() : caseId;
        if (command.person().equals(person) && Objects.equals(linkedCase, caseId)) {
            return;  // already linked so: a repeated request changes nothing
        }
        apply(new ContactLinked(contactId, command.person(), linkedCase));
    }

    @EventSourcingHandler
    void on(ContactRecorded event) {
        contactId = event.contactId();
        person = event.person();
    }

    @EventSourcingHandler
    void on(ContactLinked event) {
        person = event.person();
        caseId = event.caseId();
    }
}
