package it.cartella.command.access;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.access.BreakGlass;
import it.cartella.kernel.access.BreakGlassUsed;
import it.cartella.kernel.access.CaseSealed;
import it.cartella.kernel.access.SealCase;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.SealId;
import it.cartella.kernel.id.UserId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class CaseSealTest {

    static final CaseId CASE = CaseId.of("case-1");
    static final SealId SEAL = SealId.of(CASE);
    static final PersonId PERSON = PersonId.of("person-1");
    static final OrganisationId COMUNE = OrganisationId.of("comune-098031");
    static final UserId MANAGER = UserId.of("as-comune1");
    static final UserId COORDINATOR = UserId.of("coord-udp");
    static final String WHY = "Pronto intervento notturno, referente non raggiungibile";

    private AggregateTestFixture<CaseSeal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseSeal.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    @Test
    void sealsOncePerTeamAndChangesTheTeam() {
        CaseSealed sealed = new CaseSealed(SEAL, CASE, COMUNE, Set.of(MANAGER), MANAGER);
        fixture.givenNoPriorActivity().when(new SealCase(CASE, COMUNE, Set.of(MANAGER), MANAGER))
                .expectEvents(sealed);
        fixture.given(sealed).when(new SealCase(CASE, COMUNE, Set.of(MANAGER), MANAGER)).expectNoEvents();
        fixture.given(sealed).when(new SealCase(CASE, COMUNE, Set.of(MANAGER, COORDINATOR), MANAGER))
                .expectEvents(new CaseSealed(SEAL, CASE, COMUNE, Set.of(MANAGER, COORDINATOR), MANAGER));
        assertInvalid(() -> new SealCase(CASE, COMUNE, Set.of(), MANAGER), "members", "SEAL_WITHOUT_MEMBERS");
    }

    @Test
    void recordsTheShelterWithTheTeamAndAChangeOfShelterOnly() {
        CaseSealed sealed = new CaseSealed(SEAL, CASE, COMUNE, Set.of(MANAGER), MANAGER);
        String shelter = "Casa rifugio, via dei Tigli 4, Lodi";
        CaseSealed sheltered = new CaseSealed(SEAL, CASE, COMUNE, Set.of(MANAGER), MANAGER, PERSON, shelter);
        fixture.given(sealed).when(new SealCase(CASE, COMUNE, Set.of(MANAGER), MANAGER, PERSON, shelter))
                .expectEvents(sheltered);
        fixture.given(sealed, sheltered).when(new SealCase(CASE, COMUNE, Set.of(MANAGER), MANAGER, PERSON, shelter))
                .expectNoEvents();
        assertInvalid(() -> new SealCase(CASE, COMUNE, Set.of(MANAGER), MANAGER, null, shelter), "personId",
                "REQUIRED");
    }

    @Test
    void breakingTheGlassNeedsAJustificationAndAShortTimeAndIsForOutsidersOnly() {
        CaseSealed sealed = new CaseSealed(SEAL, CASE, COMUNE, Set.of(MANAGER), MANAGER);
        // The end of the access is an hour from the handling instant, which the test does not control.
        fixture.registerIgnoredField(BreakGlassUsed.class, "until");
        fixture.given(sealed)
                .when(new BreakGlass(SEAL, PERSON, COORDINATOR, OrganisationId.of("udp-lodi"), WHY,
                        Duration.ofHours(1)))
                .expectEvents(new BreakGlassUsed(SEAL, CASE, PERSON, COORDINATOR, OrganisationId.of("udp-lodi"), WHY,
                        Instant.now()));
        expectRefused(fixture.given(sealed).when(new BreakGlass(SEAL, PERSON, MANAGER, COMUNE, WHY,
                Duration.ofHours(1))), DomainException.Kind.CONFLICT, "ALREADY_IN_SEALED_TEAM");
        assertInvalid(() -> new BreakGlass(SEAL, PERSON, COORDINATOR, COMUNE, "urgente", Duration.ofHours(1)),
                "justification", "JUSTIFICATION_TOO_SHORT");
        assertInvalid(() -> new BreakGlass(SEAL, PERSON, COORDINATOR, COMUNE, WHY, Duration.ofHours(9)),
                "duration", "BREAK_GLASS_DURATION");
    }
}
