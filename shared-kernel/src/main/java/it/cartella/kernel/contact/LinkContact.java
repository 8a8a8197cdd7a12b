package it.cartella.kernel.contact;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.command.TargetAggregate;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.ContactId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;

/**
 * Links a contact to the person it concerned and, when one was opened, to the case: the contact then counts as
 * that person's access, and the case knows how it began. Linking again the same person and case changes nothing.
 *
 * @param caseId optional; may be added by a later link
 */
public record LinkContact(@TargetAggregate ContactId contactId, @DataSubject PersonId person, CaseId caseId) {

    public LinkContact {
        Require.present(contactId, "contactId");
        Require.present(person, "person");
    }
}
