package it.cartella.kernel.contact;

import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.ContactId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.privacy.DataSubject;
import it.cartella.kernel.privacy.PersonalData;
import it.cartella.kernel.territory.IstatCode;

import java.time.Instant;

import static it.cartella.kernel.privacy.PersonalDataCategory.SOCIAL;

/**
 * Records a first contact or a referral, with or without an identified person. Most contacts never become cases
 * and must still be counted (10,000+ a year in an Ambito): an unidentified contact carries only pseudonymous
 * facts (channel, Comune, area of need, sex, age band) and may be linked to a person and a case later.
 * <p>
 * A summary is personal data and needs a data subject whose key protects it, so it is accepted only with a
 * person; for a person who will not be named, register one with a provisional code (reason ANONYMOUS_CONTACT).
 *
 * @param receivingOrganisation the organisation whose desk or service received the contact
 * @param sourceOrganisation    for a referral from a service or institution, who referred; optional
 * @param person                the identified person; null for an unidentified contact
 * @param residenceComune       optional
 * @param need                  the macro-area of the need expressed; optional
 * @param sex                   optional, for unidentified contacts
 * @param ageBand               optional, for unidentified contacts
 * @param summary               optional, only with a person
 */
public record RecordContact(
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

    public RecordContact {
        Require.present(contactId, "contactId");
        Require.present(kind, "kind");
        Require.present(channel, "channel");
        Require.present(receivingOrganisation, "receivingOrganisation");
        Require.pastInstant(receivedAt, "receivedAt");
        Require.comune(residenceComune, "residenceComune");
        summary = Require.optionalLongText(summary, "summary");
        if (summary != null && person == null) {
            throw DomainException.invalid("summary", "CONTACT_SUMMARY_NEEDS_PERSON",
                    "Una sintesi si registra solo per una persona registrata, anche con codice provvisorio.",
                    "A summary is recorded only for a registered person, possibly with a provisional code.");
        }
    }
}
