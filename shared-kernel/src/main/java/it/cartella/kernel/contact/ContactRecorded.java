package it.cartella.kernel.contact;

import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.id.ContactId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;
import it.cartella.kernel.territory.IstatCode;

import java.time.Instant;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/** A contact was recorded; {@code person} is null while it is unidentified. */
public record ContactRecorded(
        ContactId contactId,
        ContactKind kind,
        AccessChannel channel,
        OrganisationId receivingOrganisation,
        OrganisationId sourceOrganisation,
        Instant receivedAt,
        @DataSubject PersonId person,
        IstatCode residenceComune,
        MacroArea need,
        Sex sex,
        AgeBand ageBand,
        @PersonalData(SOCIAL) String summary) {

    public ContactRecorded {
        Require.present(contactId, "contactId");
        Require.present(kind, "kind");
        Require.present(channel, "channel");
        Require.present(receivingOrganisation, "receivingOrganisation");
        Require.present(receivedAt, "receivedAt");
    }
}
