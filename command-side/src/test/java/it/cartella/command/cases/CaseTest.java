package it.cartella.command.cases;

import it.cartella.command.CommandRouting;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.cases.AssessmentKind;
import it.cartella.kernel.cases.AssessmentRecorded;
import it.cartella.kernel.cases.AssignCaseManager;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseManagerAssigned;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.CaseReopened;
import it.cartella.kernel.cases.CaseTransferred;
import it.cartella.kernel.cases.CloseCase;
import it.cartella.kernel.cases.ClosureRating;
import it.cartella.kernel.cases.DomainScore;
import it.cartella.kernel.cases.FormTeam;
import it.cartella.kernel.cases.MonitoringRecorded;
import it.cartella.kernel.cases.NoteRecorded;
import it.cartella.kernel.cases.OpenCase;
import it.cartella.kernel.cases.Participant;
import it.cartella.kernel.cases.ProfessionalRole;
import it.cartella.kernel.cases.RecordAssessment;
import it.cartella.kernel.cases.RecordMonitoring;
import it.cartella.kernel.cases.RecordNote;
import it.cartella.kernel.cases.RecordTeamMeeting;
import it.cartella.kernel.cases.ReopenCase;
import it.cartella.kernel.cases.TeamFormed;
import it.cartella.kernel.cases.TeamMeetingRecorded;
import it.cartella.kernel.cases.TransferCase;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.territory.IstatCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static it.cartella.command.DomainErrors.assertInvalid;
import static it.cartella.command.DomainErrors.expectRefused;

class CaseTest {

    static final CaseId CASE = CaseId.of("case-1");
    static final PersonId PERSON = PersonId.of("person-1");
    static final HouseholdId HOUSEHOLD = HouseholdId.of("household-1");
    static final OrganisationId COMUNE_LODI = OrganisationId.of("comune-lodi");
    static final OrganisationId ASST_LODI = OrganisationId.of("asst-lodi");
    static final OrganisationId COMUNE_CODOGNO = OrganisationId.of("comune-codogno");
    static final IstatCode LODI = IstatCode.of("098031");
    static final IstatCode CODOGNO = IstatCode.of("098019");
    static final MacroArea POVERTY = MacroArea.of("A");
    static final UserId ROSSI = UserId.of("as-rossi");
    static final UserId BIANCHI = UserId.of("as-bianchi");
    static final LocalDate OPENED = LocalDate.of(2025, 3, 3);
    static final LocalDate LATER = OPENED.plusDays(30);
    static final Participant SOCIAL_WORKER = new Participant(ProfessionalRole.ASSISTENTE_SOCIALE, COMUNE_LODI, ROSSI);
    static final Participant GERIATRICIAN = new Participant(ProfessionalRole.MEDICO, ASST_LODI, null);
    static final OutcomeCode POSITIVE = OutcomeCode.of("CONCLUSO_POSITIVAMENTE");
    static final OutcomeCode MOVED = OutcomeCode.of("TRASFERITO");

    private AggregateTestFixture<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerCommandTargetResolver(CommandRouting.resolver());
    }

    static CaseOpened opened() {
        return new CaseOpened(CASE, PERSON, COMUNE_LODI, LODI, POVERTY, AccessChannel.SEGRETARIATO_SOCIALE,
                ActivationMode.ON_REQUEST, ROSSI, null, OPENED);
    }

    static CaseClosed closed() {
        return new CaseClosed(CASE, PERSON, MOVED, ClosureRating.NOT_EXPRESSED, ClosureRating.PARTIAL, LATER, null);
    }

    // opening

    @Test
    void opensACaseForAPerson() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(CASE, PERSON, COMUNE_LODI, LODI, POVERTY, AccessChannel.SEGRETARIATO_SOCIALE,
                        ActivationMode.ON_REQUEST, ROSSI, null, OPENED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened());
    }

    @Test
    void opensAHouseholdCaseTodayWhenNoDateIsGiven() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(CASE, PERSON, COMUNE_LODI, LODI, POVERTY, AccessChannel.FLUSSO_ADI_INPS,
                        ActivationMode.ON_REQUEST, ROSSI, HOUSEHOLD, null))
                .expectEvents(new CaseOpened(CASE, PERSON, COMUNE_LODI, LODI, POVERTY,
                        AccessChannel.FLUSSO_ADI_INPS, ActivationMode.ON_REQUEST, ROSSI, HOUSEHOLD,
                        Require.today()));
    }

    @Test
    void refusesAnOpeningDateInTheFutureAndMissingFields() {
        assertInvalid(() -> new OpenCase(CASE, PERSON, COMUNE_LODI, LODI, POVERTY, AccessChannel.PUA,
                ActivationMode.PROTECTION_DUTY, ROSSI, null, Require.today().plusDays(1)), "openedOn", "DATE_IN_FUTURE");
        assertInvalid(() -> new OpenCase(CASE, PERSON, COMUNE_LODI, LODI, POVERTY, AccessChannel.PUA,
                ActivationMode.PROTECTION_DUTY, null), "caseManager", "REQUIRED");
        assertInvalid(() -> new OpenCase(CASE, PERSON, COMUNE_LODI, IstatCode.of("098999"), POVERTY,
                AccessChannel.PUA, ActivationMode.PROTECTION_DUTY, ROSSI), "residenceComune", "UNKNOWN_COMUNE");
        assertInvalid(() -> new OpenCase(CASE, PERSON, COMUNE_LODI, LODI, MacroArea.of("F"), AccessChannel.PUA,
                ActivationMode.PROTECTION_DUTY, ROSSI), "macroArea", "MACRO_AREA_WITHOUT_CASES");
    }

    // case manager

    @Test
    void assignsAnotherCaseManager() {
        fixture.given(opened())
                .when(new AssignCaseManager(CASE, BIANCHI))
                .expectEvents(new CaseManagerAssigned(CASE, BIANCHI, ROSSI));
    }

    @Test
    void assigningTheCaseManagerInChargeChangesNothing() {
        fixture.given(opened())
                .when(new AssignCaseManager(CASE, ROSSI))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // assessments

    @Test
    void recordsAJointAssessmentWithEveryParticipant() {
        fixture.given(opened())
                .when(new RecordAssessment(CASE, AssessmentKind.EVM_UVM, "SVAMA", OPENED.plusDays(5),
                        "Non autosufficienza moderata", List.of(SOCIAL_WORKER, GERIATRICIAN)))
                .expectEvents(new AssessmentRecorded(CASE, PERSON, AssessmentKind.EVM_UVM, "SVAMA",
                        OPENED.plusDays(5), "Non autosufficienza moderata", List.of(SOCIAL_WORKER, GERIATRICIAN)));
    }

    @Test
    void recordsTheQuadroDiAnalisiOnlyAfterTheAnalisiPreliminare() {
        AssessmentRecorded preliminary = new AssessmentRecorded(CASE, PERSON, AssessmentKind.ANALISI_PRELIMINARE,
                "GePI", OPENED, "Caso complesso", List.of(SOCIAL_WORKER));
        RecordAssessment quadro = new RecordAssessment(CASE, AssessmentKind.QUADRO_DI_ANALISI, "GePI", LATER,
                "Bisogni abitativi e lavorativi", List.of(SOCIAL_WORKER, GERIATRICIAN));

        expectRefused(fixture.given(opened()).when(quadro), DomainException.Kind.CONFLICT,
                "ANALISI_PRELIMINARE_MISSING");
        fixture.given(opened(), preliminary)
                .when(quadro)
                .expectEvents(new AssessmentRecorded(CASE, PERSON, AssessmentKind.QUADRO_DI_ANALISI, "GePI", LATER,
                        "Bisogni abitativi e lavorativi", List.of(SOCIAL_WORKER, GERIATRICIAN)));
    }

    @Test
    void refusesAnAssessmentInTheFutureOrWithoutParticipants() {
        assertInvalid(() -> new RecordAssessment(CASE, AssessmentKind.ANALISI_PRELIMINARE, "GePI",
                Require.today().plusDays(1), "esito", List.of(SOCIAL_WORKER)), "assessedOn", "DATE_IN_FUTURE");
        assertInvalid(() -> new RecordAssessment(CASE, AssessmentKind.ANALISI_PRELIMINARE, "GePI", OPENED,
                "esito", List.of()), "participants", "PARTICIPANTS_REQUIRED");
        assertInvalid(() -> new RecordAssessment(CASE, AssessmentKind.ANALISI_PRELIMINARE, " ", OPENED,
                "esito", List.of(SOCIAL_WORKER)), "instrument", "REQUIRED");
    }

    // team

    @Test
    void formsAMultiOrganisationTeamAndRecordsItsMeetings() {
        fixture.given(opened())
                .when(new FormTeam(CASE, List.of(SOCIAL_WORKER, GERIATRICIAN)))
                .expectEvents(new TeamFormed(CASE, List.of(SOCIAL_WORKER, GERIATRICIAN)));

        fixture.given(opened(), new TeamFormed(CASE, List.of(SOCIAL_WORKER, GERIATRICIAN)))
                .when(new RecordTeamMeeting(CASE, LATER, List.of(SOCIAL_WORKER), "Attivare il SAD"))
                .expectEvents(new TeamMeetingRecorded(CASE, PERSON, LATER, List.of(SOCIAL_WORKER),
                        "Attivare il SAD"));
    }

    @Test
    void refusesAMeetingOfATeamNotYetFormed() {
        expectRefused(fixture.given(opened())
                        .when(new RecordTeamMeeting(CASE, LATER, List.of(SOCIAL_WORKER), "Decisioni")),
                DomainException.Kind.CONFLICT, "TEAM_NOT_FORMED");
    }

    @Test
    void refusesATeamWithoutMembers() {
        assertInvalid(() -> new FormTeam(CASE, List.of()), "members", "PARTICIPANTS_REQUIRED");
    }

    // monitoring

    @Test
    void recordsMonitoringPointsInOrder() {
        List<DomainScore> baseline = List.of(new DomainScore("ABITARE", 20), new DomainScore("LAVORO", 10));
        List<DomainScore> after = List.of(new DomainScore("ABITARE", 60), new DomainScore("LAVORO", 30));
        fixture.given(opened())
                .when(new RecordMonitoring(CASE, 0, OPENED, baseline, null))
                .expectEvents(new MonitoringRecorded(CASE, PERSON, 0, OPENED, baseline, null));

        fixture.given(opened(), new MonitoringRecorded(CASE, PERSON, 0, OPENED, baseline, null))
                .when(new RecordMonitoring(CASE, 1, LATER, after, "Trovato alloggio"))
                .expectEvents(new MonitoringRecorded(CASE, PERSON, 1, LATER, after, "Trovato alloggio"));
    }

    @Test
    void refusesAMonitoringPointOutOfSequenceOrBeforeThePrevious() {
        List<DomainScore> scores = List.of(new DomainScore("ABITARE", 20));
        expectRefused(fixture.given(opened())
                        .when(new RecordMonitoring(CASE, 1, OPENED, scores, null)),
                DomainException.Kind.CONFLICT, "MONITORING_OUT_OF_SEQUENCE");
        expectRefused(fixture.given(opened(), new MonitoringRecorded(CASE, PERSON, 0, LATER, scores, null))
                        .when(new RecordMonitoring(CASE, 1, OPENED, scores, null)),
                DomainException.Kind.INVALID, "MONITORING_BEFORE_PREVIOUS");
    }

    @Test
    void refusesInvalidScores() {
        assertInvalid(() -> new DomainScore("ABITARE", 101), "score", "SCORE_OUT_OF_RANGE");
        assertInvalid(() -> new DomainScore("abitare", 1), "domain", "DOMAIN_CODE_INVALID");
        assertInvalid(() -> new RecordMonitoring(CASE, 0, OPENED, List.of(), null), "scores", "SCORES_REQUIRED");
        assertInvalid(() -> new RecordMonitoring(CASE, 0, OPENED,
                        List.of(new DomainScore("ABITARE", 1), new DomainScore("ABITARE", 2)), null),
                "scores", "DOMAIN_SCORED_TWICE");
        assertInvalid(() -> new RecordMonitoring(CASE, -1, OPENED, List.of(new DomainScore("ABITARE", 1)), null),
                "step", "MONITORING_STEP_INVALID");
    }

    // diary

    @Test
    void recordsADiaryNote() {
        fixture.given(opened())
                .when(new RecordNote(CASE, OPENED, "  Colloquio in sede con la signora.  "))
                .expectEvents(new NoteRecorded(CASE, PERSON, OPENED, "Colloquio in sede con la signora."));
    }

    @Test
    void refusesAnEmptyOrOverlongNote() {
        assertInvalid(() -> new RecordNote(CASE, OPENED, "   "), "text", "REQUIRED");
        assertInvalid(() -> new RecordNote(CASE, OPENED, "x".repeat(10_001)), "text", "TEXT_TOO_LONG");
    }

    // closure and reopening

    @Test
    void closesPositivelyOnlyWithBothRatingsPositive() {
        fixture.given(opened())
                .when(new CloseCase(CASE, POSITIVE, ClosureRating.POSITIVE, ClosureRating.POSITIVE, LATER, null))
                .expectEvents(new CaseClosed(CASE, PERSON, POSITIVE, ClosureRating.POSITIVE, ClosureRating.POSITIVE,
                        LATER, null));

        assertInvalid(() -> new CloseCase(CASE, POSITIVE, ClosureRating.NOT_EXPRESSED, ClosureRating.POSITIVE,
                LATER, null), "outcome", "POSITIVE_OUTCOME_NEEDS_BOTH_RATINGS");
    }

    @Test
    void refusesAFollowUpOutcomeAtClosure() {
        assertInvalid(() -> new CloseCase(CASE, OutcomeCode.of("ALLOGGIO_MANTENUTO"), ClosureRating.POSITIVE,
                ClosureRating.POSITIVE, LATER, null), "outcome", "OUTCOME_NOT_FOR_CLOSURE");
    }

    @Test
    void refusesAClosureBeforeTheOpening() {
        expectRefused(fixture.given(opened())
                        .when(new CloseCase(CASE, MOVED, ClosureRating.NOT_EXPRESSED, ClosureRating.PARTIAL,
                                OPENED.minusDays(1), null)),
                DomainException.Kind.INVALID, "CLOSURE_BEFORE_OPENING");
    }

    @Test
    void closingAClosedCaseIsAConflict() {
        expectRefused(fixture.given(opened(), closed())
                        .when(new CloseCase(CASE, MOVED, ClosureRating.NOT_EXPRESSED, ClosureRating.PARTIAL,
                                LATER, null)),
                DomainException.Kind.CONFLICT, "CASE_CLOSED");
    }

    @Test
    void aClosedCaseAcceptsNoCommandButReopening() {
        List<Object> commands = List.of(
                new AssignCaseManager(CASE, BIANCHI),
                new RecordAssessment(CASE, AssessmentKind.OTHER, "colloquio", LATER, "esito", List.of(SOCIAL_WORKER)),
                new FormTeam(CASE, List.of(SOCIAL_WORKER)),
                new RecordTeamMeeting(CASE, LATER, List.of(SOCIAL_WORKER), "Decisioni"),
                new RecordMonitoring(CASE, 0, LATER, List.of(new DomainScore("ABITARE", 1)), null),
                new RecordNote(CASE, LATER, "nota"),
                new TransferCase(CASE, COMUNE_CODOGNO, CODOGNO, null, LATER));
        for (Object command : commands) {
            expectRefused(fixture.given(opened(), closed()).when(command),
                    DomainException.Kind.CONFLICT, "CASE_CLOSED");
        }
    }

    @Test
    void reopensAClosedCaseWhichThenAcceptsCommandsAgain() {
        fixture.given(opened(), closed())
                .when(new ReopenCase(CASE, LATER.plusDays(1), "Nuova richiesta di aiuto"))
                .expectEvents(new CaseReopened(CASE, PERSON, LATER.plusDays(1), "Nuova richiesta di aiuto"));

        fixture.given(opened(), closed(), new CaseReopened(CASE, PERSON, LATER.plusDays(1), "Nuova richiesta"))
                .when(new RecordNote(CASE, LATER.plusDays(2), "Colloquio"))
                .expectEvents(new NoteRecorded(CASE, PERSON, LATER.plusDays(2), "Colloquio"));
    }

    @Test
    void refusesToReopenAnOpenCaseOrBeforeItsClosure() {
        expectRefused(fixture.given(opened()).when(new ReopenCase(CASE, LATER, "motivo")),
                DomainException.Kind.CONFLICT, "CASE_NOT_CLOSED");
        expectRefused(fixture.given(opened(), closed()).when(new ReopenCase(CASE, LATER.minusDays(1), "motivo")),
                DomainException.Kind.INVALID, "REOPENING_BEFORE_CLOSURE");
    }

    @Test
    void aReopenedCaseCannotBeClosedBeforeItsReopening() {
        expectRefused(fixture.given(opened(), closed(), new CaseReopened(CASE, PERSON, LATER.plusDays(5), "r"))
                        .when(new CloseCase(CASE, MOVED, ClosureRating.NOT_EXPRESSED, ClosureRating.PARTIAL,
                                LATER.plusDays(1), null)),
                DomainException.Kind.INVALID, "CLOSURE_BEFORE_OPENING");
    }

    // transfer

    @Test
    void transfersTheCaseToAnotherComune() {
        fixture.given(opened())
                .when(new TransferCase(CASE, COMUNE_CODOGNO, CODOGNO, BIANCHI, LATER))
                .expectEvents(new CaseTransferred(CASE, COMUNE_LODI, COMUNE_CODOGNO, LODI, CODOGNO, BIANCHI, LATER));
    }

    @Test
    void afterATransferWithoutCaseManagerTheReceiverAssignsOne() {
        fixture.given(opened(), new CaseTransferred(CASE, COMUNE_LODI, COMUNE_CODOGNO, LODI, CODOGNO, null, LATER))
                .when(new AssignCaseManager(CASE, BIANCHI))
                .expectEvents(new CaseManagerAssigned(CASE, BIANCHI, null));
    }

    @Test
    void refusesATransferThatChangesNothingOrPrecedesTheOpeningOrToAnUnknownComune() {
        assertInvalid(() -> new TransferCase(CASE, COMUNE_CODOGNO, IstatCode.of("098999"), null, LATER),
                "toResidenceComune", "UNKNOWN_COMUNE");
        expectRefused(fixture.given(opened()).when(new TransferCase(CASE, COMUNE_LODI, LODI, null, LATER)),
                DomainException.Kind.INVALID, "TRANSFER_CHANGES_NOTHING");
        expectRefused(fixture.given(opened())
                        .when(new TransferCase(CASE, COMUNE_CODOGNO, CODOGNO, null, OPENED.minusDays(1))),
                DomainException.Kind.INVALID, "TRANSFER_BEFORE_OPENING");
    }
}
