package it.cartella.command.tirocinio;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.catalog.FundingSource;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.tirocinio.ActivateTirocinio;
import it.cartella.kernel.tirocinio.CompleteTirocinio;
import it.cartella.kernel.tirocinio.ExtendTirocinio;
import it.cartella.kernel.tirocinio.InterruptTirocinio;
import it.cartella.kernel.tirocinio.InterruptionReason;
import it.cartella.kernel.tirocinio.RecordTirocinioAttendance;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import it.cartella.kernel.tirocinio.TirocinioAttendanceRecorded;
import it.cartella.kernel.tirocinio.TirocinioCompleted;
import it.cartella.kernel.tirocinio.TirocinioExtended;
import it.cartella.kernel.tirocinio.TirocinioInterrupted;
import it.cartella.kernel.tirocinio.TirocinioOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class TirocinioTest {

    static final TirocinioId TIS = TirocinioId.of("tis-1");
    static final CaseId CASE = CaseId.of("case-1");
    static final PersonId TRAINEE = PersonId.of("person-1");
    static final OrganisationId AMBITO = OrganisationId.of("ambito-lodi");
    static final OrganisationId FARM = OrganisationId.of("cascina-verde");
    static final UserId ROSSI = UserId.of("as-rossi");
    static final LocalDate START = LocalDate.of(2024, 1, 8);
    static final LocalDate END = START.plusMonths(12).minusDays(1);
    static final BigDecimal INDEMNITY = new BigDecimal("400.00");
    static final FundingSource QSFP = FundingSource.of("QSFP");

    private AggregateTestFixture<Tirocinio> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Tirocinio.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    static ActivateTirocinio activate(LocalDate plannedEnd) {
        return new ActivateTirocinio(TIS, CASE, TRAINEE, AMBITO, FARM, "Giulia Verdi, responsabile", ROSSI, START,
                plannedEnd, 20, INDEMNITY, QSFP);
    }

    static TirocinioActivated activated() {
        return new TirocinioActivated(TIS, CASE, TRAINEE, AMBITO, FARM, "Giulia Verdi, responsabile", ROSSI, START,
                END, 20, INDEMNITY, QSFP);
    }

    @Test
    void activatesATraineeship() {
        fixture.givenNoPriorActivity()
                .when(activate(END))
                .expectEvents(activated());
    }

    @Test
    void refusesAFirstActivationBeyond24MonthsAndOtherInvalidTerms() {
        assertInvalid(() -> activate(START.plusMonths(24)), "plannedEnd", "TIROCINIO_OVER_24_MONTHS");
        assertInvalid(() -> activate(START.minusDays(1)), "plannedEnd", "END_BEFORE_START");
        assertInvalid(() -> new ActivateTirocinio(TIS, CASE, TRAINEE, AMBITO, FARM, "tutor", null, START, END, 0,
                INDEMNITY, QSFP), "weeklyHours", "WEEKLY_HOURS_OUT_OF_RANGE");
        assertInvalid(() -> new ActivateTirocinio(TIS, CASE, TRAINEE, AMBITO, FARM, "tutor", null, START, END, 20,
                INDEMNITY, null), "indemnityFunding", "REQUIRED");
        assertInvalid(() -> new ActivateTirocinio(TIS, CASE, TRAINEE, AMBITO, FARM, "tutor", null, START, END, 20,
                new BigDecimal("-1"), QSFP), "monthlyIndemnity", "NEGATIVE_VALUE");
    }

    @Test
    void allowsExactly24Months() {
        fixture.givenNoPriorActivity()
                .when(activate(START.plusMonths(24).minusDays(1)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void recordsMonthlyAttendanceWithinTheTraineeship() {
        fixture.given(activated())
                .when(new RecordTirocinioAttendance(TIS, YearMonth.of(2024, 2), new BigDecimal("78.5"), INDEMNITY))
                .expectEvents(new TirocinioAttendanceRecorded(TIS, TRAINEE, YearMonth.of(2024, 2),
                        new BigDecimal("78.5"), INDEMNITY));
    }

    @Test
    void refusesAttendanceOutsideTheTraineeshipOrInTheFuture() {
        expectRefused(fixture.given(activated())
                        .when(new RecordTirocinioAttendance(TIS, YearMonth.of(2023, 12), BigDecimal.TEN, null)),
                DomainException.Kind.INVALID, "MONTH_OUTSIDE_TIROCINIO");
        assertInvalid(() -> new RecordTirocinioAttendance(TIS, YearMonth.from(Require.today()).plusMonths(1),
                BigDecimal.TEN, null), "month", "DATE_IN_FUTURE");
    }

    @Test
    void acceptsTheLastMonthsSheetAfterTheEnd() {
        fixture.given(activated(), new TirocinioCompleted(TIS, TRAINEE, END, TirocinioOutcome.COMPLETED))
                .when(new RecordTirocinioAttendance(TIS, YearMonth.from(END), BigDecimal.TEN, null))
                .expectEvents(new TirocinioAttendanceRecorded(TIS, TRAINEE, YearMonth.from(END), BigDecimal.TEN,
                        null));
    }

    @Test
    void extendsWithin24MonthsWithoutJustification() {
        LocalDate newEnd = START.plusMonths(18);
        fixture.given(activated())
                .when(new ExtendTirocinio(TIS, newEnd, null))
                .expectEvents(new TirocinioExtended(TIS, TRAINEE, END, newEnd, false, null));
    }

    @Test
    void extendsBeyond24MonthsOnlyWithTheServicesJustification() {
        LocalDate newEnd = START.plusMonths(30);
        expectRefused(fixture.given(activated()).when(new ExtendTirocinio(TIS, newEnd, "  ")),
                DomainException.Kind.INVALID, "TIROCINIO_OVER_24_MONTHS");

        fixture.given(activated())
                .when(new ExtendTirocinio(TIS, newEnd, "Percorso di autonomia non concluso"))
                .expectEvents(new TirocinioExtended(TIS, TRAINEE, END, newEnd, true,
                        "Percorso di autonomia non concluso"));
    }

    @Test
    void refusesAnExtensionThatIsNotLater() {
        expectRefused(fixture.given(activated()).when(new ExtendTirocinio(TIS, END, null)),
                DomainException.Kind.INVALID, "EXTENSION_NOT_LATER");
    }

    @Test
    void completesWithAnOutcome() {
        fixture.given(activated())
                .when(new CompleteTirocinio(TIS, END.minusMonths(2), TirocinioOutcome.HIRED))
                .expectEvents(new TirocinioCompleted(TIS, TRAINEE, END.minusMonths(2), TirocinioOutcome.HIRED));
    }

    @Test
    void interruptsWithAReason() {
        fixture.given(activated())
                .when(new InterruptTirocinio(TIS, START.plusMonths(3), InterruptionReason.TRAINEE_WITHDREW, null))
                .expectEvents(new TirocinioInterrupted(TIS, TRAINEE, START.plusMonths(3),
                        InterruptionReason.TRAINEE_WITHDREW, null));
    }

    @Test
    void refusesToEndBeforeTheStart() {
        expectRefused(fixture.given(activated())
                        .when(new CompleteTirocinio(TIS, START.minusDays(1), TirocinioOutcome.COMPLETED)),
                DomainException.Kind.INVALID, "END_BEFORE_START");
        expectRefused(fixture.given(activated())
                        .when(new InterruptTirocinio(TIS, START.minusDays(1), InterruptionReason.OTHER, null)),
                DomainException.Kind.INVALID, "END_BEFORE_START");
    }

    @Test
    void anEndedTraineeshipCannotBeExtendedOrEndedAgain() {
        TirocinioCompleted completed = new TirocinioCompleted(TIS, TRAINEE, END, TirocinioOutcome.COMPLETED);
        expectRefused(fixture.given(activated(), completed).when(new ExtendTirocinio(TIS, END.plusMonths(1), null)),
                DomainException.Kind.CONFLICT, "TIROCINIO_ENDED");
        expectRefused(fixture.given(activated(), completed)
                        .when(new CompleteTirocinio(TIS, END, TirocinioOutcome.COMPLETED)),
                DomainException.Kind.CONFLICT, "TIROCINIO_ENDED");
        expectRefused(fixture.given(activated(), new TirocinioInterrupted(TIS, TRAINEE, START.plusMonths(1),
                                InterruptionReason.OTHER, null))
                        .when(new InterruptTirocinio(TIS, START.plusMonths(2), InterruptionReason.OTHER, null)),
                DomainException.Kind.CONFLICT, "TIROCINIO_ENDED");
    }
}
