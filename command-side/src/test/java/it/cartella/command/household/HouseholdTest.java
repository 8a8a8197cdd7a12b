package it.cartella.command.household;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.household.AddHouseholdMember;
import it.cartella.kernel.household.CompositionType;
import it.cartella.kernel.household.HouseholdMember;
import it.cartella.kernel.household.HouseholdMemberAdded;
import it.cartella.kernel.household.HouseholdRegistered;
import it.cartella.kernel.household.HouseholdRole;
import it.cartella.kernel.household.Isee;
import it.cartella.kernel.household.IseeRecorded;
import it.cartella.kernel.household.RecordIsee;
import it.cartella.kernel.household.RegisterHousehold;
import it.cartella.kernel.household.Relationship;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.PersonId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class HouseholdTest {

    static final HouseholdId HOUSEHOLD = HouseholdId.of("household-1");
    static final PersonId MOTHER = PersonId.of("person-mother");
    static final PersonId SON = PersonId.of("person-son");
    static final PersonId BABY = PersonId.of("person-baby");
    static final HouseholdMember MOTHER_APPLICANT =
            new HouseholdMember(MOTHER, Relationship.REFERENCE_PERSON, HouseholdRole.APPLICANT);
    static final HouseholdMember SON_MEMBER = new HouseholdMember(SON, Relationship.CHILD, HouseholdRole.MEMBER);
    static final Isee ISEE_2025 = new Isee(new BigDecimal("7450.12"), LocalDate.of(2025, 1, 20));

    private AggregateTestFixture<Household> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Household.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    static HouseholdRegistered registered() {
        return new HouseholdRegistered(HOUSEHOLD, MOTHER, List.of(MOTHER_APPLICANT, SON_MEMBER),
                CompositionType.SINGLE_PARENT, ISEE_2025);
    }

    @Test
    void registersAHouseholdWithItsReferencePersonAsDataSubject() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHousehold(HOUSEHOLD, List.of(MOTHER_APPLICANT, SON_MEMBER),
                        CompositionType.SINGLE_PARENT, ISEE_2025))
                .expectEvents(registered());
    }

    @Test
    void requiresExactlyOneReferencePersonAndDistinctMembers() {
        assertInvalid(() -> new RegisterHousehold(HOUSEHOLD, List.of(SON_MEMBER), CompositionType.SINGLE_PERSON,
                null), "members", "HOUSEHOLD_REFERENCE_PERSON_REQUIRED");
        assertInvalid(() -> new RegisterHousehold(HOUSEHOLD, List.of(MOTHER_APPLICANT,
                        new HouseholdMember(SON, Relationship.REFERENCE_PERSON, HouseholdRole.MEMBER)),
                CompositionType.OTHER, null), "members", "HOUSEHOLD_REFERENCE_PERSON_REQUIRED");
        assertInvalid(() -> new RegisterHousehold(HOUSEHOLD, List.of(MOTHER_APPLICANT, SON_MEMBER,
                        new HouseholdMember(SON, Relationship.OTHER_RELATIVE, HouseholdRole.MEMBER)),
                CompositionType.OTHER, null), "members", "MEMBER_LISTED_TWICE");
        assertInvalid(() -> new Isee(new BigDecimal("-1"), LocalDate.of(2025, 1, 1)), "isee.value",
                "NEGATIVE_VALUE");
        assertInvalid(() -> new Isee(BigDecimal.TEN, Require.today().plusDays(1)), "isee.issuedOn",
                "DATE_IN_FUTURE");
    }

    @Test
    void addsAMemberKeepingOrChangingTheComposition() {
        HouseholdMember baby = new HouseholdMember(BABY, Relationship.CHILD, HouseholdRole.MEMBER);
        fixture.given(registered())
                .when(new AddHouseholdMember(HOUSEHOLD, baby, null))
                .expectEvents(new HouseholdMemberAdded(HOUSEHOLD, MOTHER, baby, CompositionType.SINGLE_PARENT));

        HouseholdMember partner = new HouseholdMember(PersonId.of("person-partner"),
                Relationship.SPOUSE_OR_PARTNER, HouseholdRole.MEMBER);
        fixture.given(registered())
                .when(new AddHouseholdMember(HOUSEHOLD, partner, CompositionType.COUPLE_WITH_CHILDREN))
                .expectEvents(new HouseholdMemberAdded(HOUSEHOLD, MOTHER, partner,
                        CompositionType.COUPLE_WITH_CHILDREN));
    }

    @Test
    void refusesAMemberTwiceOrASecondReferencePerson() {
        expectRefused(fixture.given(registered()).when(new AddHouseholdMember(HOUSEHOLD,
                        new HouseholdMember(SON, Relationship.CHILD, HouseholdRole.CAREGIVER), null)),
                DomainException.Kind.CONFLICT, "MEMBER_ALREADY_IN_HOUSEHOLD");
        expectRefused(fixture.given(registered()).when(new AddHouseholdMember(HOUSEHOLD,
                        new HouseholdMember(BABY, Relationship.REFERENCE_PERSON, HouseholdRole.MEMBER), null)),
                DomainException.Kind.CONFLICT, "HOUSEHOLD_HAS_REFERENCE_PERSON");
    }

    @Test
    void recordsANewerIseeOnly() {
        Isee isee2026 = new Isee(new BigDecimal("8100"), LocalDate.of(2026, 1, 15));
        fixture.given(registered())
                .when(new RecordIsee(HOUSEHOLD, isee2026))
                .expectEvents(new IseeRecorded(HOUSEHOLD, MOTHER, isee2026));

        expectRefused(fixture.given(registered())
                        .when(new RecordIsee(HOUSEHOLD, new Isee(BigDecimal.TEN, LocalDate.of(2024, 1, 15)))),
                DomainException.Kind.INVALID, "ISEE_OLDER_THAN_CURRENT");
    }
}
