package it.cartella.query.cases;

import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.testing.TestMongo;
import it.cartella.query.testing.ReactiveTestMongo;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseManagerAssigned;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.CaseReopened;
import it.cartella.kernel.cases.CaseTransferred;
import it.cartella.kernel.cases.ClosureRating;
import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.PersonDataCorrected;
import it.cartella.kernel.person.PersonErased;
import it.cartella.kernel.person.PersonRegistered;
import it.cartella.kernel.person.RegisterPerson;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.territory.IstatCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseProjectionTest {

    private static final LocalDate GIULIA_BIRTH = LocalDate.of(1987, 3, 14);


    private CaseProjection projection;
    private CaseQueries queries;
    private MongoDatabase database;

    @BeforeEach
    void freshDatabase() {
        String name = TestMongo.freshDatabaseName();
        database = TestMongo.client().getDatabase(name);
        projection = new CaseProjection(database);
        queries = new CaseQueries(ReactiveTestMongo.database(name));
    }

    @Test
    void aCaseShowsItsPersonAndItsOpening() {
        PersonRegistered giulia = giulia();
        CaseOpened opened = caseOpened(giulia.personId(), LocalDate.of(2025, 2, 3));

        projection.on(giulia);
        projection.on(opened, Instant.parse("2025-02-03T09:00:00Z"));

        CaseView view = queries.findById(opened.caseId().value()).block();
        assertThat(view).isEqualTo(new CaseView(opened.caseId().value(), giulia.personId().value(),
                "BNCGLI87C54E648T", "Giulia", "Bianchi", GIULIA_BIRTH, "F", "098031", "comune-098031", "A",
                "FLUSSO_ADI_INPS", "ON_REQUEST", "as-comune1", null, LocalDate.of(2025, 2, 3), CaseStatus.OPEN, null));
    }

    @Test
    void aPersonProjectedAfterTheCaseCompletesIt() {
        PersonRegistered giulia = giulia();
        CaseOpened opened = caseOpened(giulia.personId(), LocalDate.of(2025, 2, 3));

        projection.on(opened, Instant.parse("2025-02-03T09:00:00Z"));
        assertThat(queries.findById(opened.caseId().value()).block().lastName()).isNull();
        projection.on(giulia);

        CaseView view = queries.findById(opened.caseId().value()).block();
        assertThat(view.codiceFiscale()).isEqualTo("BNCGLI87C54E648T");
        assertThat(view.lastName()).isEqualTo("Bianchi");
        assertThat(view.birthDate()).isEqualTo(GIULIA_BIRTH);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        PersonRegistered giulia = giulia();
        CaseOpened opened = caseOpened(giulia.personId(), LocalDate.of(2025, 2, 3));
        Instant recordedAt = Instant.parse("2025-02-03T09:00:00Z");
        projection.on(giulia);
        projection.on(opened, recordedAt);
        CasePage once = queries.list(0, 10).block();

        projection.on(giulia);
        projection.on(opened, recordedAt);

        assertThat(queries.list(0, 10).block()).isEqualTo(once);
        assertThat(once.total()).isEqualTo(1);
    }

    @Test
    void aResetClearsTheViewAndAReplayRebuildsItIdentically() {
        List<Runnable> history = history();
        history.forEach(Runnable::run);
        CasePage before = queries.list(0, 10).block();

        projection.reset();
        assertThat(queries.list(0, 10).block().total()).isZero();
        history.forEach(Runnable::run);

        assertThat(queries.list(0, 10).block()).isEqualTo(before);
    }

    @Test
    void listsTheMostRecentlyOpenedFirstOnePageAtATime() {
        history().forEach(Runnable::run);

        CasePage first = queries.list(0, 2).block();
        CasePage second = queries.list(1, 2).block();

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(CaseView::openedOn)
                .containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 3));
        assertThat(second.items()).extracting(CaseView::openedOn).containsExactly(LocalDate.of(2024, 12, 20));
    }

    @Test
    void followsTheCaseThroughAssignmentTransferClosureAndReopening() {
        PersonRegistered giulia = giulia();
        CaseOpened opened = caseOpened(giulia.personId(), LocalDate.of(2025, 2, 3));
        CaseId caseId = opened.caseId();
        projection.on(giulia);
        projection.on(opened, Instant.parse("2025-02-03T09:00:00Z"));

        projection.on(new CaseManagerAssigned(caseId, UserId.of("as-comune2"), UserId.of("as-comune1")));
        assertThat(view(caseId).caseManager()).isEqualTo("as-comune2");

        projection.on(new CaseTransferred(caseId, OrganisationId.of("comune-098031"), OrganisationId.of("comune-098019"),
                IstatCode.of("098031"), IstatCode.of("098019"), null, LocalDate.of(2025, 4, 1)));
        assertThat(view(caseId)).extracting(CaseView::owningOrganisation, CaseView::residenceComune,
                CaseView::caseManager).containsExactly("comune-098019", "098019", null);

        projection.on(new CaseClosed(caseId, giulia.personId(), OutcomeCode.of("AUTONOMIA_RAGGIUNTA"),
                ClosureRating.POSITIVE, ClosureRating.POSITIVE, LocalDate.of(2025, 9, 30), null));
        assertThat(view(caseId)).extracting(CaseView::status, CaseView::closedOn)
                .containsExactly(CaseStatus.CLOSED, LocalDate.of(2025, 9, 30));

        projection.on(new CaseReopened(caseId, giulia.personId(), LocalDate.of(2025, 11, 3), null));
        assertThat(view(caseId)).extracting(CaseView::status, CaseView::closedOn)
                .containsExactly(CaseStatus.OPEN, null);
    }

    @Test
    void aCorrectionOfThePersonReachesTheirCases() {
        PersonRegistered giulia = giulia();
        CaseOpened opened = caseOpened(giulia.personId(), LocalDate.of(2025, 2, 3));
        projection.on(giulia);
        projection.on(opened, Instant.parse("2025-02-03T09:00:00Z"));

        projection.on(new PersonDataCorrected(giulia.personId(), giulia.codiceFiscale(), "Giulia Maria", "Bianchi",
                GIULIA_BIRTH, Sex.F, null, null, null, GIULIA_BIRTH.getYear()));

        assertThat(view(opened.caseId()).firstName()).isEqualTo("Giulia Maria");
    }

    @Test
    void aCorrectionAndAnErasureReachEveryCaseOfThePersonAndNoOtherPersonsCases() {
        PersonRegistered giulia = giulia();
        PersonRegistered other = giulia();
        CaseOpened first = caseOpened(giulia.personId(), LocalDate.of(2025, 2, 3));
        CaseOpened second = caseOpened(giulia.personId(), LocalDate.of(2025, 5, 3));
        CaseOpened others = caseOpened(other.personId(), LocalDate.of(2025, 5, 3));
        projection.on(giulia);
        projection.on(other);
        projection.on(first, Instant.parse("2025-02-03T09:00:00Z"));
        projection.on(second, Instant.parse("2025-05-03T09:00:00Z"));
        projection.on(others, Instant.parse("2025-05-03T09:00:00Z"));

        projection.on(new PersonDataCorrected(giulia.personId(), giulia.codiceFiscale(), "Giulia Maria", "Bianchi",
                GIULIA_BIRTH, Sex.F, null, null, null, GIULIA_BIRTH.getYear()));
        assertThat(view(first.caseId()).firstName()).isEqualTo("Giulia Maria");
        assertThat(view(second.caseId()).firstName()).isEqualTo("Giulia Maria");
        assertThat(view(others.caseId()).firstName()).isEqualTo("Giulia");

        projection.on(new PersonErased(giulia.personId(), "prot. 2026/1", UserId.of("dpo")));
        assertThat(view(first.caseId()).lastName()).isEqualTo(PersonErased.ERASED);
        assertThat(view(second.caseId()).lastName()).isEqualTo(PersonErased.ERASED);
        assertThat(view(others.caseId()).lastName()).isEqualTo("Bianchi");
    }

    @Test
    void aPersonWrittenBeforeTheirCasesWereListedIsStillFoundOnEveryCase() {
        PersonRegistered giulia = giulia();
        CaseOpened first = caseOpened(giulia.personId(), LocalDate.of(2025, 2, 3));
        projection.on(giulia);
        projection.on(first, Instant.parse("2025-02-03T09:00:00Z"));
        // As a view written by an earlier version: the person's document has no list of cases.
        database.getCollection(CaseCollections.PERSONS).updateOne(
                com.mongodb.client.model.Filters.eq("_id", giulia.personId().value()),
                com.mongodb.client.model.Updates.combine(com.mongodb.client.model.Updates.unset("caseIds"),
                        com.mongodb.client.model.Updates.unset("casesListed")));
        CaseOpened second = caseOpened(giulia.personId(), LocalDate.of(2025, 5, 3));
        projection.on(second, Instant.parse("2025-05-03T09:00:00Z"));

        projection.on(new PersonDataCorrected(giulia.personId(), giulia.codiceFiscale(), "Giulia Maria", "Bianchi",
                GIULIA_BIRTH, Sex.F, null, null, null, GIULIA_BIRTH.getYear()));
        assertThat(view(first.caseId()).firstName()).isEqualTo("Giulia Maria");
        assertThat(view(second.caseId()).firstName()).isEqualTo("Giulia Maria");
    }

    @Test
    void anUnknownCaseIsEmpty() {
        assertThat(queries.findById(CaseId.newId().value()).blockOptional()).isEmpty();
    }

    private CaseView view(CaseId caseId) {
        return queries.findById(caseId.value()).block();
    }

    /** Three cases of one person, recorded out of opening-date order. */
    private List<Runnable> history() {
        PersonRegistered giulia = giulia();
        CaseOpened february = caseOpened(giulia.personId(), LocalDate.of(2025, 2, 3));
        CaseOpened backfilled = caseOpened(giulia.personId(), LocalDate.of(2024, 12, 20));
        CaseOpened march = caseOpened(giulia.personId(), LocalDate.of(2025, 3, 1));
        return List.of(
                () -> projection.on(giulia),
                () -> projection.on(february, Instant.parse("2025-02-03T09:00:00Z")),
                () -> projection.on(backfilled, Instant.parse("2025-02-10T09:00:00Z")),
                () -> projection.on(march, Instant.parse("2025-03-01T09:00:00Z")));
    }

    private static PersonRegistered giulia() {
        return PersonRegistered.from(new RegisterPerson(PersonId.newId(), CodiceFiscale.of("BNCGLI87C54E648T"),
                "Giulia", "Bianchi", GIULIA_BIRTH, Sex.F, IstatCode.of("098031")));
    }

    private static CaseOpened caseOpened(PersonId personId, LocalDate openedOn) {
        return new CaseOpened(CaseId.newId(), personId, OrganisationId.of("comune-098031"), IstatCode.of("098031"),
                MacroArea.of("A"), AccessChannel.FLUSSO_ADI_INPS, ActivationMode.ON_REQUEST, UserId.of("as-comune1"),
                null, openedOn);
    }
}
