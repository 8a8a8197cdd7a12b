package it.cartella.command.intervention;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.catalog.ServiceCode;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.intervention.ActivateIntervention;
import it.cartella.kernel.intervention.DeliveryRecorded;
import it.cartella.kernel.intervention.EndIntervention;
import it.cartella.kernel.intervention.InterventionActivated;
import it.cartella.kernel.intervention.InterventionEnded;
import it.cartella.kernel.intervention.RecordDelivery;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class InterventionTest {

    static final InterventionId SAD = InterventionId.of("sad-1");
    static final CaseId CASE = CaseId.of("case-1");
    static final PersonId PERSON = PersonId.of("person-1");
    static final ServiceCode HOME_CARE = ServiceCode.of("SERVIZIO_ASSISTENZA_DOMICILIARE");
    static final OrganisationId COOPERATIVE = OrganisationId.of("coop-il-sole");
    static final FundingSource FNA = FundingSource.of("FNA");
    static final LocalDate START = LocalDate.of(2025, 1, 13);
    static final BigDecimal HOURS = new BigDecimal("8");
    static final OutcomeCode DISCHARGED = OutcomeCode.of("DIMESSO");

    private AggregateTestFixture<Intervention> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Intervention.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    static InterventionActivated activated() {
        return new InterventionActivated(SAD, CASE, PERSON, HOME_CARE, COOPERATIVE, FNA, START, null,
                new BigDecimal("96"), null);
    }

    static InterventionEnded ended(LocalDate on) {
        return new InterventionEnded(SAD, PERSON, on, DISCHARGED, null);
    }

    @Test
    void activatesAnInterventionFromTheCatalogue() {
        fixture.givenNoPriorActivity()
                .when(new ActivateIntervention(SAD, CASE, PERSON, HOME_CARE, COOPERATIVE, FNA, START, null,
                        new BigDecimal("96"), null))
                .expectEvents(activated());
    }

    @Test
    void refusesAnActivationWithoutQuantityOrEndingBeforeItStarts() {
        assertInvalid(() -> new ActivateIntervention(SAD, CASE, PERSON, HOME_CARE, COOPERATIVE, FNA, START, null,
                null, null), "plannedHours", "PLANNED_QUANTITY_REQUIRED");
        assertInvalid(() -> new ActivateIntervention(SAD, CASE, PERSON, HOME_CARE, COOPERATIVE, FNA, START,
                START.minusDays(1), HOURS, null), "plannedEnd", "END_BEFORE_START");
        assertInvalid(() -> new ActivateIntervention(SAD, CASE, PERSON, HOME_CARE, COOPERATIVE, null, START, null,
                HOURS, null), "funding", "REQUIRED");
    }

    @Test
    void recordsDeliveries() {
        fixture.given(activated())
                .when(new RecordDelivery(SAD, START.plusDays(30), HOURS, null))
                .expectEvents(new DeliveryRecorded(SAD, PERSON, START.plusDays(30), HOURS, null));
    }

    @Test
    void acceptsALateDeliveryReportForDaysTheInterventionRan() {
        fixture.given(activated(), ended(START.plusMonths(2)))
                .when(new RecordDelivery(SAD, START.plusMonths(2), HOURS, null))
                .expectEvents(new DeliveryRecorded(SAD, PERSON, START.plusMonths(2), HOURS, null));
    }

    @Test
    void refusesDeliveriesOutsideTheIntervention() {
        expectRefused(fixture.given(activated()).when(new RecordDelivery(SAD, START.minusDays(1), HOURS, null)),
                DomainException.Kind.INVALID, "DELIVERY_OUTSIDE_INTERVENTION");
        expectRefused(fixture.given(activated(), ended(START.plusMonths(2)))
                        .when(new RecordDelivery(SAD, START.plusMonths(2).plusDays(1), HOURS, null)),
                DomainException.Kind.INVALID, "DELIVERY_OUTSIDE_INTERVENTION");
        assertInvalid(() -> new RecordDelivery(SAD, Require.today().plusDays(1), HOURS, null), "deliveredOn",
                "DATE_IN_FUTURE");
        assertInvalid(() -> new RecordDelivery(SAD, START, null, null), "hours", "DELIVERED_QUANTITY_REQUIRED");
        assertInvalid(() -> new RecordDelivery(SAD, START, null, new BigDecimal("10.005")), "amount",
                "TOO_MANY_DECIMALS");
    }

    @Test
    void endsWithAnOutcome() {
        fixture.given(activated())
                .when(new EndIntervention(SAD, START.plusMonths(6), DISCHARGED, "Rientro in famiglia"))
                .expectEvents(new InterventionEnded(SAD, PERSON, START.plusMonths(6), DISCHARGED,
                        "Rientro in famiglia"));
    }

    @Test
    void refusesAnEndBeforeTheStartOrASecondEnd() {
        expectRefused(fixture.given(activated()).when(new EndIntervention(SAD, START.minusDays(1), DISCHARGED, null)),
                DomainException.Kind.INVALID, "END_BEFORE_START");
        expectRefused(fixture.given(activated(), ended(START.plusMonths(1)))
                        .when(new EndIntervention(SAD, START.plusMonths(2), DISCHARGED, null)),
                DomainException.Kind.CONFLICT, "INTERVENTION_ENDED");
        assertInvalid(() -> new EndIntervention(SAD, START, OutcomeCode.of("ALLOGGIO_MANTENUTO"), null), "outcome",
                "OUTCOME_NOT_FOR_CLOSURE");
    }
}
