package it.cartella.command.discharge;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.discharge.ActivateDischargeCare;
import it.cartella.kernel.discharge.DischargeCareActivated;
import it.cartella.kernel.discharge.HospitalDischargeRecorded;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.discharge.ReadmissionRecorded;
import it.cartella.kernel.discharge.RecordHospitalDischarge;
import it.cartella.kernel.discharge.RecordReadmission;
import it.cartella.kernel.discharge.StartProtectedDischarge;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.DischargeId;
import it.cartella.kernel.id.InterventionId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class ProtectedDischargeTest {

    static final DischargeId DISCHARGE = DischargeId.of("discharge-1");
    static final CaseId CASE = CaseId.of("case-1");
    static final PersonId PATIENT = PersonId.of("person-1");
    static final OrganisationId ASST = OrganisationId.of("asst-lodi");
    static final LocalDate ADMITTED = LocalDate.of(2025, 2, 10);
    static final LocalDate EXPECTED = LocalDate.of(2025, 2, 20);
    static final Instant REFERRED = Instant.parse("2025-02-14T09:30:00Z");
    static final Instant DISCHARGED = Instant.parse("2025-02-21T10:00:00Z");
    static final List<InterventionId> PACKAGE = List.of(InterventionId.of("sad-1"), InterventionId.of("pasti-1"));

    private AggregateTestFixture<ProtectedDischarge> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProtectedDischarge.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    static ProtectedDischargeStarted started() {
        return new ProtectedDischargeStarted(DISCHARGE, CASE, PATIENT, ASST, "Geriatria", ADMITTED, EXPECTED,
                REFERRED);
    }

    @Test
    void startsOnTheHospitalsReferral() {
        fixture.givenNoPriorActivity()
                .when(new StartProtectedDischarge(DISCHARGE, CASE, PATIENT, ASST, " Geriatria ", ADMITTED, EXPECTED,
                        REFERRED))
                .expectEvents(started());
    }

    @Test
    void refusesInconsistentReferralData() {
        assertInvalid(() -> new StartProtectedDischarge(DISCHARGE, CASE, PATIENT, ASST, "Geriatria", ADMITTED,
                ADMITTED.minusDays(1), REFERRED), "expectedDischargeOn", "DISCHARGE_BEFORE_ADMISSION");
        assertInvalid(() -> new StartProtectedDischarge(DISCHARGE, CASE, PATIENT, ASST, "Geriatria", ADMITTED,
                EXPECTED, Instant.now().plus(1, ChronoUnit.HOURS)), "referredAt", "DATE_IN_FUTURE");
        assertInvalid(() -> new StartProtectedDischarge(DISCHARGE, CASE, PATIENT, ASST, null, ADMITTED, EXPECTED,
                REFERRED), "ward", "REQUIRED");
    }

    @Test
    void recordsTheActualDischargeOnce() {
        fixture.given(started())
                .when(new RecordHospitalDischarge(DISCHARGE, DISCHARGED))
                .expectEvents(new HospitalDischargeRecorded(DISCHARGE, PATIENT, DISCHARGED));

        expectRefused(fixture.given(started(), new HospitalDischargeRecorded(DISCHARGE, PATIENT, DISCHARGED))
                        .when(new RecordHospitalDischarge(DISCHARGE, DISCHARGED)),
                DomainException.Kind.CONFLICT, "HOSPITAL_DISCHARGE_ALREADY_RECORDED");
    }

    @Test
    void refusesADischargeBeforeTheAdmission() {
        expectRefused(fixture.given(started())
                        .when(new RecordHospitalDischarge(DISCHARGE, Instant.parse("2025-02-09T10:00:00Z"))),
                DomainException.Kind.INVALID, "DISCHARGE_BEFORE_ADMISSION");
    }

    @Test
    void activatesTheCarePackageOnce() {
        Instant active = DISCHARGED.plus(30, ChronoUnit.HOURS);
        fixture.given(started(), new HospitalDischargeRecorded(DISCHARGE, PATIENT, DISCHARGED))
                .when(new ActivateDischargeCare(DISCHARGE, PACKAGE, active))
                .expectEvents(new DischargeCareActivated(DISCHARGE, CASE, PATIENT, PACKAGE, active));

        expectRefused(fixture.given(started(), new DischargeCareActivated(DISCHARGE, CASE, PATIENT, PACKAGE, active))
                        .when(new ActivateDischargeCare(DISCHARGE, PACKAGE, active)),
                DomainException.Kind.CONFLICT, "DISCHARGE_CARE_ALREADY_ACTIVE");
    }

    @Test
    void refusesACarePackageBeforeTheReferralOrEmpty() {
        expectRefused(fixture.given(started())
                        .when(new ActivateDischargeCare(DISCHARGE, PACKAGE, REFERRED.minusSeconds(60))),
                DomainException.Kind.INVALID, "CARE_BEFORE_REFERRAL");
        assertInvalid(() -> new ActivateDischargeCare(DISCHARGE, List.of(), DISCHARGED), "interventions",
                "CARE_PACKAGE_EMPTY");
        assertInvalid(() -> new ActivateDischargeCare(DISCHARGE,
                        List.of(InterventionId.of("sad-1"), InterventionId.of("sad-1")), DISCHARGED),
                "interventions", "INTERVENTION_LISTED_TWICE");
    }

    @Test
    void recordsAReadmissionWithinSixMonthsOfTheActualDischarge() {
        fixture.given(started(), new HospitalDischargeRecorded(DISCHARGE, PATIENT, DISCHARGED))
                .when(new RecordReadmission(DISCHARGE, LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 1)))
                .expectEvents(new ReadmissionRecorded(DISCHARGE, PATIENT, LocalDate.of(2025, 5, 2),
                        LocalDate.of(2025, 5, 1), true));
    }

    @Test
    void recordsASixMonthCheckWithoutReadmission() {
        fixture.given(started())
                .when(new RecordReadmission(DISCHARGE, LocalDate.of(2025, 8, 21), null))
                .expectEvents(new ReadmissionRecorded(DISCHARGE, PATIENT, LocalDate.of(2025, 8, 21), null, false));
    }

    @Test
    void aReadmissionAfterSixMonthsDoesNotCount() {
        fixture.given(started())
                .when(new RecordReadmission(DISCHARGE, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 8, 20)))
                .expectEvents(new ReadmissionRecorded(DISCHARGE, PATIENT, LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 8, 20), false));
    }

    @Test
    void refusesAReadmissionBeforeTheDischargeOrRecordedTwice() {
        expectRefused(fixture.given(started())
                        .when(new RecordReadmission(DISCHARGE, LocalDate.of(2025, 3, 1), EXPECTED.minusDays(1))),
                DomainException.Kind.INVALID, "READMISSION_BEFORE_DISCHARGE");
        expectRefused(fixture.given(started(), new ReadmissionRecorded(DISCHARGE, PATIENT, LocalDate.of(2025, 8, 21),
                                null, false))
                        .when(new RecordReadmission(DISCHARGE, LocalDate.of(2025, 8, 22), null)),
                DomainException.Kind.CONFLICT, "READMISSION_ALREADY_RECORDED");
        assertInvalid(() -> new RecordReadmission(DISCHARGE, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2)),
                "checkedOn", "CHECK_BEFORE_READMISSION");
    }
}
