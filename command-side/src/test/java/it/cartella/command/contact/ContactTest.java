package it.cartella.command.contact;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.contact.AgeBand;
import it.cartella.kernel.contact.ContactKind;
import it.cartella.kernel.contact.ContactLinked;
import it.cartella.kernel.contact.ContactRecorded;
import it.cartella.kernel.contact.LinkContact;
import it.cartella.kernel.contact.RecordContact;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.ContactId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.territory.IstatCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class ContactTest {

    static final ContactId CONTACT = ContactId.of("contact-1");
    static final OrganisationId PIS = OrganisationId.of("ambito-lodi-pis");
    static final OrganisationId ASST = OrganisationId.of("asst-lodi");
    static final PersonId PERSON = PersonId.of("person-1");
    static final CaseId CASE = CaseId.of("case-1");
    static final IstatCode LODI = IstatCode.of("098031");
    static final MacroArea POVERTY = MacroArea.of("A");
    static final Instant NIGHT = Instant.parse("2025-01-12T02:40:00Z");

    private AggregateTestFixture<Contact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contact.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    static ContactRecorded unidentified() {
        return new ContactRecorded(CONTACT, ContactKind.ACCESS, AccessChannel.PRONTO_INTERVENTO_SOCIALE, PIS, null,
                NIGHT, null, LODI, POVERTY, Sex.M, AgeBand.AGE_45_64, null);
    }

    @Test
    void recordsAnUnidentifiedContactWithPseudonymousFactsOnly() {
        fixture.givenNoPriorActivity()
                .when(new RecordContact(CONTACT, ContactKind.ACCESS, AccessChannel.PRONTO_INTERVENTO_SOCIALE, PIS,
                        null, NIGHT, null, LODI, POVERTY, Sex.M, AgeBand.AGE_45_64, null))
                .expectEvents(unidentified());
    }

    @Test
    void recordsAReferralForAKnownPersonWithASummary() {
        fixture.givenNoPriorActivity()
                .when(new RecordContact(CONTACT, ContactKind.REFERRAL, AccessChannel.OSPEDALE_COT, PIS, ASST, NIGHT,
                        PERSON, LODI, null, null, null, "Dimissione prevista tra una settimana"))
                .expectEvents(new ContactRecorded(CONTACT, ContactKind.REFERRAL, AccessChannel.OSPEDALE_COT, PIS, ASST,
                        NIGHT, PERSON, LODI, null, null, null, "Dimissione prevista tra una settimana"));
    }

    @Test
    void refusesASummaryWithoutAPersonOrAContactInTheFuture() {
        assertInvalid(() -> new RecordContact(CONTACT, ContactKind.ACCESS, AccessChannel.SPORTELLO, PIS, null, NIGHT,
                null, null, null, null, null, "Racconta di essere senza casa"), "summary", "CONTACT_SUMMARY_NEEDS_PERSON");
        assertInvalid(() -> new RecordContact(CONTACT, ContactKind.ACCESS, AccessChannel.SPORTELLO, PIS, null,
                Instant.now().plus(1, ChronoUnit.DAYS), null, null, null, null, null, null), "receivedAt",
                "DATE_IN_FUTURE");
    }

    @Test
    void linksAnUnidentifiedContactToAPersonAndLaterToTheirCase() {
        fixture.given(unidentified())
                .when(new LinkContact(CONTACT, PERSON, null))
                .expectEvents(new ContactLinked(CONTACT, PERSON, null));

        fixture.given(unidentified(), new ContactLinked(CONTACT, PERSON, null))
                .when(new LinkContact(CONTACT, PERSON, CASE))
                .expectEvents(new ContactLinked(CONTACT, PERSON, CASE));
    }

    @Test
    void linkingAgainTheSamePersonAndCaseChangesNothing() {
        fixture.given(unidentified(), new ContactLinked(CONTACT, PERSON, CASE))
                .when(new LinkContact(CONTACT, PERSON, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(unidentified(), new ContactLinked(CONTACT, PERSON, CASE))
                .when(new LinkContact(CONTACT, PERSON, CASE))
                .expectNoEvents();
    }

    @Test
    void refusesToRelinkToAnotherPersonOrCase() {
        expectRefused(fixture.given(unidentified(), new ContactLinked(CONTACT, PERSON, CASE))
                        .when(new LinkContact(CONTACT, PersonId.of("person-2"), null)),
                DomainException.Kind.CONFLICT, "CONTACT_LINKED_TO_OTHER_PERSON");
        expectRefused(fixture.given(unidentified(), new ContactLinked(CONTACT, PERSON, CASE))
                        .when(new LinkContact(CONTACT, PERSON, CaseId.of("case-2"))),
                DomainException.Kind.CONFLICT, "CONTACT_LINKED_TO_OTHER_CASE");
    }
}
