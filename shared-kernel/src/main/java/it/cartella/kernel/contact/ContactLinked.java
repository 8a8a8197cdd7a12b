package it.cartella.kernel.contact;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.ContactId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.privacy.DataSubject;

/** The contact concerns this person, and this case when {@code caseId} is set. */
public record ContactLinked(ContactId contactId, @DataSubject PersonId person, CaseId caseId) {

    public ContactLinked {
        Require.present(contactId, "contactId");
        Require.present(person, "person");
    }
}
