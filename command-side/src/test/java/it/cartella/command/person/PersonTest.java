package it.cartella.command.person;

import com.mongodb.client.MongoDatabase;
import it.cartella.command.CommandRouting;
import it.cartella.eventstore.testing.TestMongo;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.person.ChangeResidence;
import it.cartella.kernel.person.CorrectPersonData;
import it.cartella.kernel.person.PersonDataCorrected;
import it.cartella.kernel.person.ResidenceChanged;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.ContactDetails;
import it.cartella.kernel.person.PersonAlreadyRegisteredException;
import it.cartella.kernel.person.ErasePerson;
import it.cartella.kernel.person.PersonErased;
import it.cartella.kernel.person.PersonRegistered;
import it.cartella.kernel.person.ProvisionalCode;
import it.cartella.kernel.person.RegisterPerson;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.territory.IstatCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class PersonTest {

    static final PersonId MARIO_ID = PersonId.of("person-mario");
    static final CodiceFiscale MARIO_CF = CodiceFiscale.of("RSSMRA85T10A562S");
    static final LocalDate MARIO_BORN = LocalDate.of(1985, 12, 10);
    static final IstatCode LODI = IstatCode.of("098031");
    static final ProvisionalCode PROVISIONAL = ProvisionalCode.generate(ProvisionalCode.Reason.UNKNOWN_IDENTITY);
    static final ContactDetails MARIO_CONTACTS = new ContactDetails("+39 0371 123456", "mario@example.it", null);

    private AggregateTestFixture<Person> fixture;
    private CodiceFiscaleRegistry registry;
    /** The persons the event store holds: the fixture's own, when given, and the others a test mentions. */
    private final Set<PersonId> knownPersons = new HashSet<>();

    @BeforeEach
    void setUp() {
        MongoDatabase database = TestMongo.freshDatabase();
        registry = new CodiceFiscaleRegistry(database, CodiceFiscaleRegistryTest.KEY, Clock.systemUTC());
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
        fixture.registerAnnotatedCommandHandler(
                new PersonRegistration(fixture.getRepository(), registry, knownPersons::contains));
    }

    static RegisterPerson registerMario() {
        return new RegisterPerson(MARIO_ID, MARIO_CF, "Mario", "Rossi", MARIO_BORN, Sex.M, LODI,
                null, "it", MARIO_CONTACTS);
    }

    static PersonRegistered marioRegistered() {
        return new PersonRegistered(MARIO_ID, MARIO_CF, "Mario", "Rossi", MARIO_BORN, Sex.M, LODI,
                null, "IT", MARIO_CONTACTS, 1985);
    }

    static Matcher<Throwable> alreadyRegistered(PersonId existing) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof PersonAlreadyRegisteredException e && e.existingPersonId().equals(existing);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("PERSON_ALREADY_REGISTERED naming " + existing);
            }
        };
    }

    @Test
    void isErasedOnceWhateverTheRepeats() {
        PersonErased erased = new PersonErased(MARIO_ID, "prot. 2026/77", UserId.of("dpo"));
        fixture.given(marioRegistered())
                .when(new ErasePerson(MARIO_ID, "prot. 2026/77", UserId.of("dpo")))
                .expectEvents(erased);
        fixture.given(marioRegistered(), erased)
                .when(new ErasePerson(MARIO_ID, "prot. 2026/77", UserId.of("dpo")))
                .expectNoEvents();
    }

    @Test
    void registersAPersonAndClaimsTheCodiceFiscale() {
        fixture.givenNoPriorActivity()
                .when(registerMario())
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(MARIO_ID)
                .expectEvents(marioRegistered());

        assertThat(registry.find(MARIO_CF)).contains(MARIO_ID);
    }

    @Test
    void refusesASecondPersonWithTheSameCodiceFiscale() {
        PersonId other = PersonId.of("person-other");
        registry.claim(MARIO_CF, other, id -> true);
        registry.confirm(MARIO_CF, other);
        knownPersons.add(other);

        fixture.givenNoPriorActivity()
                .when(registerMario())
                .expectNoEvents()
                .expectException(alreadyRegistered(other));
    }

    @Test
    void completesARegistrationRetriedAfterAFailedCommit() {
        registry.claim(MARIO_CF, MARIO_ID, id -> false);

        fixture.givenNoPriorActivity()
                .when(registerMario())
                .expectEvents(marioRegistered());

        assertThat(registry.find(MARIO_CF)).contains(MARIO_ID);
    }

    @Test
    void refusesToRegisterTheSamePersonIdAgain() {
        knownPersons.add(MARIO_ID);
        fixture.given(marioRegistered())
                .when(registerMario())
                .expectNoEvents()
                .expectException(alreadyRegistered(MARIO_ID));
    }

    @Test
    void registersAPersonWithoutCodiceFiscaleByProvisionalCode() {
        ProvisionalCode provisional = ProvisionalCode.generate(ProvisionalCode.Reason.FOREIGN_NO_CF);
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(MARIO_ID, null, "Mario", "Rossi", MARIO_BORN, Sex.M, null,
                        provisional, "ma", null))
                .expectEvents(new PersonRegistered(MARIO_ID, null, "Mario", "Rossi", MARIO_BORN, Sex.M, null,
                        provisional, "MA", null, 1985));
    }

    @Test
    void correctsThePersonKeepingTheCodiceFiscaleClaim() {
        registry.claim(MARIO_CF, MARIO_ID, id -> false);
        registry.confirm(MARIO_CF, MARIO_ID);

        fixture.given(marioRegistered())
                .when(new CorrectPersonData(MARIO_ID, MARIO_CF, "Mario Luigi", "Rossi", MARIO_BORN, Sex.M, null, "IT",
                        null))
                .expectEvents(new PersonDataCorrected(MARIO_ID, MARIO_CF, "Mario Luigi", "Rossi", MARIO_BORN, Sex.M,
                        null, "IT", null, 1985));

        assertThat(registry.find(MARIO_CF)).contains(MARIO_ID);
    }

    @Test
    void givesAPersonKnownByProvisionalCodeTheirCodiceFiscale() {
        fixture.given(new PersonRegistered(MARIO_ID, null, "Mario", "Rossi", MARIO_BORN, Sex.M, null, PROVISIONAL,
                        null, null, 1985))
                .when(new CorrectPersonData(MARIO_ID, MARIO_CF, "Mario", "Rossi", MARIO_BORN, Sex.M, null, null, null))
                .expectEvents(new PersonDataCorrected(MARIO_ID, MARIO_CF, "Mario", "Rossi", MARIO_BORN, Sex.M, null,
                        null, null, 1985));

        assertThat(registry.find(MARIO_CF)).contains(MARIO_ID);
    }

    @Test
    void correctingTheCodiceFiscaleMovesTheClaim() {
        CodiceFiscale wrong = CodiceFiscale.of("RSSMRA85T10A562S");
        CodiceFiscale right = CodiceFiscale.of("RSSMRA85T10F205R");
        registry.claim(wrong, MARIO_ID, id -> false);
        registry.confirm(wrong, MARIO_ID);

        fixture.given(marioRegistered())
                .when(new CorrectPersonData(MARIO_ID, right, "Mario", "Rossi", MARIO_BORN, Sex.M, null, "IT", null))
                .expectSuccessfulHandlerExecution();

        assertThat(registry.find(right)).contains(MARIO_ID);
        assertThat(registry.find(wrong)).isEmpty();
    }

    @Test
    void refusesACorrectionToAnotherPersonsCodiceFiscale() {
        CodiceFiscale giulia = CodiceFiscale.of("BNCLRA90A41F205I");
        PersonId other = PersonId.of("person-other");
        registry.claim(giulia, other, id -> false);
        registry.confirm(giulia, other);
        knownPersons.add(other);

        fixture.given(marioRegistered())
                .when(new CorrectPersonData(MARIO_ID, giulia, "Laura", "Bianchi", LocalDate.of(1990, 1, 1), Sex.F,
                        null, null, null))
                .expectNoEvents()
                .expectException(alreadyRegistered(other));
    }

    @Test
    void changesResidenceFromADate() {
        IstatCode codogno = IstatCode.of("098019");
        fixture.given(marioRegistered())
                .when(new ChangeResidence(MARIO_ID, codogno, LocalDate.of(2025, 2, 1)))
                .expectEvents(new ResidenceChanged(MARIO_ID, LODI, codogno, LocalDate.of(2025, 2, 1)));
    }

    @Test
    void refusesAnUnchangedResidenceOrOneBeforeTheCurrent() {
        IstatCode codogno = IstatCode.of("098019");
        expectRefused(fixture.given(marioRegistered())
                        .when(new ChangeResidence(MARIO_ID, LODI, LocalDate.of(2025, 2, 1))),
                DomainException.Kind.INVALID, "RESIDENCE_UNCHANGED");
        expectRefused(fixture.given(marioRegistered(), new ResidenceChanged(MARIO_ID, LODI, codogno,
                                LocalDate.of(2025, 2, 1)))
                        .when(new ChangeResidence(MARIO_ID, LODI, LocalDate.of(2025, 1, 1))),
                DomainException.Kind.INVALID, "RESIDENCE_BEFORE_CURRENT");
        assertInvalid(() -> new ChangeResidence(MARIO_ID, codogno, Require.today().plusDays(1)), "effectiveFrom",
                "DATE_IN_FUTURE");
        assertInvalid(() -> new ChangeResidence(MARIO_ID, IstatCode.of("098999"), LocalDate.of(2025, 2, 1)),
                "residenceComune", "UNKNOWN_COMUNE");
    }

    @Test
    void refusesABirthDateInTheFuture() {
        assertInvalid(() -> new RegisterPerson(MARIO_ID, null, "Mario", "Rossi", Require.today().plusDays(1), Sex.M,
                        null, PROVISIONAL, null, null),
                "birthDate", "BIRTH_DATE_IN_FUTURE");
    }

    @Test
    void refusesACodiceFiscaleThatDoesNotMatchBirthDateOrSex() {
        assertInvalid(() -> new RegisterPerson(MARIO_ID, MARIO_CF, "Mario", "Rossi", MARIO_BORN.plusDays(1), Sex.M,
                LODI), "birthDate", "CF_BIRTH_DATE_MISMATCH");
        assertInvalid(() -> new RegisterPerson(MARIO_ID, MARIO_CF, "Maria", "Rossi", MARIO_BORN, Sex.F,
                LODI), "sex", "CF_SEX_MISMATCH");
    }

    @Test
    void requiresExactlyOneIdentification() {
        assertInvalid(() -> new RegisterPerson(MARIO_ID, null, "Mario", "Rossi", MARIO_BORN, Sex.M, LODI),
                "codiceFiscale", "IDENTIFICATION_REQUIRED");
        assertInvalid(() -> new RegisterPerson(MARIO_ID, MARIO_CF, "Mario", "Rossi", MARIO_BORN, Sex.M, LODI,
                        PROVISIONAL, null, null),
                "provisionalCode", "PROVISIONAL_CODE_WITH_CODICE_FISCALE");
    }

    @Test
    void requiresNamesAndAValidCitizenshipAndContacts() {
        assertInvalid(() -> new RegisterPerson(MARIO_ID, MARIO_CF, " ", "Rossi", MARIO_BORN, Sex.M, LODI),
                "firstName", "REQUIRED");
        assertInvalid(() -> new RegisterPerson(MARIO_ID, MARIO_CF, "Mario", "Rossi", MARIO_BORN, Sex.M, LODI,
                null, "Italia", null), "citizenship", "CITIZENSHIP_INVALID");
        assertInvalid(() -> new ContactDetails("call me", null, null), "contactDetails.phone", "PHONE_INVALID");
        assertInvalid(() -> new ContactDetails(null, "mario.example.it", null), "contactDetails.email",
                "EMAIL_INVALID");
    }
}
