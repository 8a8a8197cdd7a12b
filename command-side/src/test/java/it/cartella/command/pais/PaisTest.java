package it.cartella.command.pais;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.catalog.ServiceCode;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PaisId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.pais.Commitment;
import it.cartella.kernel.pais.DraftPais;
import it.cartella.kernel.pais.ExpectedResult;
import it.cartella.kernel.pais.Objective;
import it.cartella.kernel.pais.PaisDrafted;
import it.cartella.kernel.pais.PaisSigned;
import it.cartella.kernel.pais.PlanKind;
import it.cartella.kernel.pais.SignPais;
import it.cartella.kernel.pais.Signatory;
import it.cartella.kernel.pais.SignatoryRole;
import it.cartella.kernel.pais.Step;
import it.cartella.kernel.pais.Support;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class PaisTest {

    static final PaisId PAIS = PaisId.of("pais-1");
    static final CaseId CASE = CaseId.of("case-1");
    static final PersonId MOTHER = PersonId.of("person-mother");
    static final PersonId SON = PersonId.of("person-son");
    static final UserId ROSSI = UserId.of("as-rossi");
    static final LocalDate DAY = LocalDate.of(2025, 4, 1);
    static final Objective WORK = new Objective("Inserimento lavorativo della madre", List.of(
            new ExpectedResult("Iscrizione al CPI", DAY.plusMonths(1),
                    List.of(new Step("Colloquio di orientamento", DAY.plusDays(15))))));
    static final List<Commitment> COMMITMENTS = List.of(
            new Commitment(MOTHER, "Presentarsi al CPI", true, DAY.plusMonths(1)),
            new Commitment(SON, "Frequenza scolastica regolare", false, null));
    static final List<Support> SUPPORTS = List.of(new Support(ServiceCode.of("TIROCINIO_INCLUSIONE_SOCIALE"), null));
    static final List<LocalDate> MONITORING = List.of(DAY.plusMonths(3), DAY.plusMonths(6));
    static final List<Signatory> SIGNATORIES = List.of(
            Signatory.person(SignatoryRole.BENEFICIARY, MOTHER),
            Signatory.professional(SignatoryRole.CASE_MANAGER, ROSSI));

    private AggregateTestFixture<Pais> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Pais.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    static DraftPais draft(List<Objective> objectives) {
        return new DraftPais(PAIS, CASE, MOTHER, PlanKind.PAIS, objectives, COMMITMENTS, SUPPORTS, MONITORING);
    }

    static PaisDrafted drafted(int version, List<Objective> objectives) {
        return new PaisDrafted(PAIS, CASE, MOTHER, PlanKind.PAIS, version, objectives, COMMITMENTS, SUPPORTS,
                MONITORING);
    }

    static PaisSigned signed(int version, LocalDate on) {
        return new PaisSigned(PAIS, CASE, MOTHER, PlanKind.PAIS, version, on, SIGNATORIES, MONITORING);
    }

    @Test
    void draftsANewPlanAsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(draft(List.of(WORK)))
                .expectEvents(drafted(1, List.of(WORK)));
    }

    @Test
    void rewritesThePendingDraft() {
        fixture.given(drafted(1, List.of()))
                .when(draft(List.of(WORK)))
                .expectEvents(drafted(1, List.of(WORK)));
    }

    @Test
    void signsTheDraft() {
        fixture.given(drafted(1, List.of(WORK)))
                .when(new SignPais(PAIS, DAY, SIGNATORIES))
                .expectEvents(signed(1, DAY));
    }

    @Test
    void refusesToSignAPlanWithoutObjectives() {
        expectRefused(fixture.given(drafted(1, List.of())).when(new SignPais(PAIS, DAY, SIGNATORIES)),
                DomainException.Kind.CONFLICT, "PAIS_WITHOUT_OBJECTIVES");
    }

    @Test
    void aSignedPlanChangesOnlyByANewSignedVersion() {
        expectRefused(fixture.given(drafted(1, List.of(WORK)), signed(1, DAY))
                        .when(new SignPais(PAIS, DAY, SIGNATORIES)),
                DomainException.Kind.CONFLICT, "PAIS_NO_DRAFT_TO_SIGN");

        fixture.given(drafted(1, List.of(WORK)), signed(1, DAY))
                .when(draft(List.of(WORK, new Objective("Autonomia abitativa", null))))
                .expectEvents(drafted(2, List.of(WORK, new Objective("Autonomia abitativa", null))));

        fixture.given(drafted(1, List.of(WORK)), signed(1, DAY), drafted(2, List.of(WORK)))
                .when(new SignPais(PAIS, DAY.plusMonths(2), SIGNATORIES))
                .expectEvents(signed(2, DAY.plusMonths(2)));
    }

    @Test
    void refusesSomeoneElseSigningAsBeneficiary() {
        expectRefused(fixture.given(drafted(1, List.of(WORK)))
                        .when(new SignPais(PAIS, DAY, List.of(Signatory.person(SignatoryRole.BENEFICIARY, SON),
                                Signatory.professional(SignatoryRole.CASE_MANAGER, ROSSI)))),
                DomainException.Kind.INVALID, "SIGNATORY_NOT_BENEFICIARY");
    }

    @Test
    void refusesANewVersionSignedBeforeThePrevious() {
        expectRefused(fixture.given(drafted(1, List.of(WORK)), signed(1, DAY), drafted(2, List.of(WORK)))
                        .when(new SignPais(PAIS, DAY.minusDays(1), SIGNATORIES)),
                DomainException.Kind.INVALID, "SIGNATURE_BEFORE_PREVIOUS_VERSION");
    }

    @Test
    void refusesToMoveThePlanToAnotherCaseBeneficiaryOrKind() {
        expectRefused(fixture.given(drafted(1, List.of(WORK)))
                        .when(new DraftPais(PAIS, CaseId.of("case-2"), MOTHER, PlanKind.PAIS, List.of(WORK),
                                COMMITMENTS, SUPPORTS, MONITORING)),
                DomainException.Kind.INVALID, "PLAN_IDENTITY_CHANGED");
        expectRefused(fixture.given(drafted(1, List.of(WORK)))
                        .when(new DraftPais(PAIS, CASE, MOTHER, PlanKind.PAI, List.of(WORK), COMMITMENTS, SUPPORTS,
                                MONITORING)),
                DomainException.Kind.INVALID, "PLAN_IDENTITY_CHANGED");
    }

    @Test
    void requiresBothSidesToSignAndValidSignatories() {
        assertInvalid(() -> new SignPais(PAIS, DAY, List.of(Signatory.person(SignatoryRole.BENEFICIARY, MOTHER))),
                "signatories", "PAIS_SIGNATORIES_INCOMPLETE");
        assertInvalid(() -> new SignPais(PAIS, DAY, List.of(
                        Signatory.person(SignatoryRole.HOUSEHOLD_MEMBER, SON),
                        Signatory.professional(SignatoryRole.CASE_MANAGER, ROSSI))),
                "signatories", "PAIS_SIGNATORIES_INCOMPLETE");
        assertInvalid(() -> new Signatory(SignatoryRole.CASE_MANAGER, MOTHER, null), "signatory", "SIGNATORY_INVALID");
        assertInvalid(() -> new SignPais(PAIS, Require.today().plusDays(1), SIGNATORIES), "signedOn",
                "DATE_IN_FUTURE");
    }

    @Test
    void requiresTheContentOfEachSection() {
        assertInvalid(() -> new Objective(" ", null), "objective.description", "REQUIRED");
        assertInvalid(() -> new Commitment(null, "Presentarsi", true, null), "commitment.member", "REQUIRED");
        assertInvalid(() -> new Support(null, null), "support.service", "REQUIRED");
        assertInvalid(() -> new DraftPais(PAIS, CASE, null, PlanKind.PAIS, null, null, null, null), "beneficiary",
                "REQUIRED");
    }
}
