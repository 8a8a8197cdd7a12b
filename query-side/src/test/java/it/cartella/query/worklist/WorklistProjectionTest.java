package it.cartella.query.worklist;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import it.cartella.eventstore.testing.TestMongo;
import it.cartella.query.testing.ReactiveTestMongo;
import it.cartella.kernel.adi.AdiApplicationReceived;
import it.cartella.kernel.adi.FirstMeetingHeld;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseManagerAssigned;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.ClosureRating;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.catalog.ServiceCatalog;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.deadline.DeadlineOwner;
import it.cartella.kernel.deadline.DeadlinePlanner;
import it.cartella.kernel.deadline.DeadlineRule;
import it.cartella.kernel.deadline.DeadlineRules;
import it.cartella.kernel.deadline.OwnerType;
import it.cartella.kernel.id.AdiBenefitId;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.TirocinioId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.territory.IstatCode;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worklists from the events: each user sees the clocks of their own cases, overdue first, within the horizon, with
 * counts per type; a coordinator sees the cases of the organisations they coordinate.
 */
class WorklistProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(Require.ITALY).toInstant(),
            ZoneOffset.UTC);

    private final DeadlinePlanner planner = new DeadlinePlanner(DeadlineRules.standard());
    private MongoDatabase database;
    private WorklistProjection projection;
    private WorklistQueries queries;

    @BeforeEach
    void setUp() {
        String name = TestMongo.freshDatabaseName();
        database = TestMongo.client().getDatabase(name);
        projection = new WorklistProjection(database, planner);
        projection.applyVersions();
        queries = new WorklistQueries(ReactiveTestMongo.database(name), planner.rules(), CLOCK);
    }

    @Test
    void aCaseManagerSeesOverdueAndDueItemsOfTheirCasesMostUrgentFirst() {
        opened("case-1", "as-comune1", "comune-a");
        opened("case-2", "as-comune1", "comune-a");
        opened("case-3", "as-comune2", "comune-b");
        // First meeting overdue by 5 days.
        projection.on(application("adi-1", "case-1", TODAY.minusDays(125)));
        // First meeting due in 5 days.
        projection.on(application("adi-2", "case-2", TODAY.minusDays(115)));
        // Another manager's case.
        projection.on(application("adi-3", "case-3", TODAY.minusDays(119)));

        Worklist week = worklist("as-comune1", 7);

        assertThat(week.items()).extracting(WorklistItem::caseId).containsExactly("case-1", "case-2");
        WorklistItem overdue = week.items().get(0);
        assertThat(overdue.type()).isEqualTo("ADI_FIRST_MEETING");
        assertThat(overdue.label()).isEqualTo("Primo incontro ADI con i servizi sociali");
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.daysLeft()).isEqualTo(-5);
        assertThat(overdue.ruleVersion()).isEqualTo(1);
        assertThat(week.items().get(1).daysLeft()).isEqualTo(5);
        assertThat(week.overdue()).isEqualTo(1);
        assertThat(week.due()).isEqualTo(1);
        assertThat(week.byType()).containsExactly(
                new Worklist.TypeCount("ADI_FIRST_MEETING", "Primo incontro ADI con i servizi sociali", 1, 1));
    }

    @Test
    void theHorizonDecidesHowFarAheadItLooks() {
        opened("case-1", "as-comune1", "comune-a");
        projection.on(application("adi-1", "case-1", TODAY.minusDays(100)));
        projection.on(new FirstMeetingHeld(AdiBenefitId.of("adi-1"), CaseId.of("case-1"), PersonId.of("p-case-1"), 1,
                TODAY.minusDays(40), List.of()));

        assertThat(worklist("as-comune1", 7).items()).isEmpty();
        Worklist month = worklist("as-comune1", 30);
        assertThat(month.items()).extracting(WorklistItem::type).containsExactly("PAIS_SIGNATURE");
        assertThat(month.items().get(0).daysLeft()).isEqualTo(20);
    }

    @Test
    void aCoordinatorSeesTheCasesOfTheOrganisationsTheyCoordinate() {
        opened("case-1", "as-comune1", "comune-a");
        opened("case-2", "as-comune2", "comune-b");
        projection.on(application("adi-1", "case-1", TODAY.minusDays(125)));
        projection.on(tirocinio("tis-1", "case-2", TODAY.minusMonths(24).plusDays(3)));

        Worklist coordinator = queries.worklist("coord-udp", List.of("comune-a", "comune-b"), 7, "en").block();

        assertThat(coordinator.items()).extracting(WorklistItem::type)
                .containsExactly("ADI_FIRST_MEETING", "TIS_MAX_DURATION");
        assertThat(coordinator.items().get(1).label()).isEqualTo("Traineeship maximum length (24 months)");
        assertThat(coordinator.items()).extracting(WorklistItem::caseManager)
                .containsExactly("as-comune1", "as-comune2");
    }

    @Test
    void itemsFollowTheCaseManagerEvenWhenTheCaseArrivesLate() {
        projection.on(application("adi-1", "case-1", TODAY.minusDays(125)));
        opened("case-1", "as-comune1", "comune-a");
        assertThat(worklist("as-comune1", 7).items()).hasSize(1);

        projection.on(new CaseManagerAssigned(CaseId.of("case-1"), UserId.of("as-comune2"), UserId.of("as-comune1")));

        assertThat(worklist("as-comune1", 7).items()).isEmpty();
        assertThat(worklist("as-comune2", 7).items()).hasSize(1);
    }

    @Test
    void aClosedCaseLeavesTheWorklistAndTheAwaitedFactRemovesTheItem() {
        opened("case-1", "as-comune1", "comune-a");
        opened("case-2", "as-comune1", "comune-a");
        projection.on(application("adi-1", "case-1", TODAY.minusDays(125)));
        projection.on(application("adi-2", "case-2", TODAY.minusDays(125)));

        ServiceCatalog catalog = ServiceCatalog.standard();
        OutcomeCode outcome = catalog.outcomes().get(0);
        projection.on(new CaseClosed(CaseId.of("case-1"), PersonId.of("p-case-1"), outcome, ClosureRating.values()[0],
                ClosureRating.values()[0], TODAY, null));
        projection.on(new FirstMeetingHeld(AdiBenefitId.of("adi-2"), CaseId.of("case-2"), PersonId.of("p-case-2"), 1, TODAY, List.of()));

        assertThat(worklist("as-comune1", 7).items()).isEmpty();
    }

    @Test
    void aRecordedMissIsShownAsSuch() {
        opened("case-1", "as-comune1", "comune-a");
        projection.on(application("adi-1", "case-1", TODAY.minusDays(125)));
        String deadlineId = "ADI_FIRST_MEETING|adi-1|"
                + TODAY.minusDays(125).atStartOfDay(Require.ITALY).toInstant();
        projection.on(new DeadlineMissed(deadlineId, "ADI_FIRST_MEETING", 1, CaseId.of("case-1"),
                new DeadlineOwner(OwnerType.ADI_BENEFIT, "adi-1"), TODAY.minusDays(5),
                TODAY.minusDays(4).atStartOfDay(Require.ITALY).toInstant()));

        assertThat(worklist("as-comune1", 7).items().get(0).missed()).isTrue();
    }

    @Test
    void aNewRuleVersionRecomputesTheItemsAtStart() {
        opened("case-1", "as-comune1", "comune-a");
        projection.on(application("adi-1", "case-1", TODAY.minusDays(100)));
        assertThat(worklist("as-comune1", 7).items()).isEmpty();

        DeadlineRule v1 = planner.rules().rule("ADI_FIRST_MEETING").orElseThrow();
        List<DeadlineRule> rules = new ArrayList<>(planner.rules().all());
        rules.set(rules.indexOf(v1), new DeadlineRule(v1.id(), 2, v1.labelIt(), v1.labelEn(), v1.owner(), v1.scope(),
                v1.start(), v1.stop(), v1.reschedule(), "P90D", v1.exemptions(), v1.effect(), "a later decree"));
        DeadlinePlanner v2 = new DeadlinePlanner(DeadlineRules.of("deadline-rules-v2", rules));
        WorklistProjection restarted = new WorklistProjection(database, v2);

        assertThat(restarted.applyVersions()).isEqualTo(1);
        WorklistItem item = worklist("as-comune1", 7).items().get(0);
        assertThat(item.ruleVersion()).isEqualTo(2);
        assertThat(item.daysLeft()).isEqualTo(-10);
    }

    @Test
    void aCaseListsTheIdsOfItsRunningItemsSoThatItsChangesReachThemById() {
        opened("case-1", "as-comune1", "comune-a");
        projection.on(application("adi-1", "case-1", TODAY.minusDays(100)));
        assertThat(listedItemIds("case-1")).contains("ADI_FIRST_MEETING|adi-1")
                .containsExactlyInAnyOrderElementsOf(itemIdsOf("case-1"));

        // The first meeting's clock stops and the PaIS's starts.
        projection.on(new FirstMeetingHeld(AdiBenefitId.of("adi-1"), CaseId.of("case-1"), PersonId.of("p-case-1"), 1,
                TODAY.minusDays(40), List.of()));

        assertThat(listedItemIds("case-1")).doesNotContain("ADI_FIRST_MEETING|adi-1")
                .containsExactlyInAnyOrderElementsOf(itemIdsOf("case-1"));
    }

    @Test
    void aWorklistProjectedBeforeCasesListedTheirItemsIsListedOnceAtStart() {
        opened("case-1", "as-comune1", "comune-a");
        projection.on(application("adi-1", "case-1", TODAY.minusDays(125)));
        // As an earlier version left it: no list on the case's document, no marker.
        database.getCollection(WorklistDocuments.CASES).updateMany(new Document(),
                Updates.unset(WorklistProjection.ITEM_IDS));
        database.getCollection(WorklistDocuments.META).deleteMany(new Document());

        WorklistProjection upgraded = new WorklistProjection(database, planner);
        assertThat(upgraded.keepItemIds()).isEqualTo(1);
        assertThat(upgraded.keepItemIds()).as("the second start").isZero();
        upgraded.on(new CaseManagerAssigned(CaseId.of("case-1"), UserId.of("as-comune2"), UserId.of("as-comune1")));

        assertThat(worklist("as-comune1", 7).items()).isEmpty();
        assertThat(worklist("as-comune2", 7).items()).hasSize(1);
    }

    @Test
    void aResetLeavesTheMarkersAStartWritesSoARebuildComesBackTheSame() {
        projection.keepItemIds();
        projection.applyVersions();
        List<Document> atStart = database.getCollection(WorklistDocuments.META).find()
                .sort(new Document("_id", 1)).into(new ArrayList<>());

        projection.reset();

        assertThat(database.getCollection(WorklistDocuments.META).find().sort(new Document("_id", 1))
                .into(new ArrayList<>())).isEqualTo(atStart).hasSize(2);
        assertThat(projection.keepItemIds()).isZero();
        assertThat(projection.applyVersions()).isZero();
    }

    private List<Object> listedItemIds(String caseId) {
        Document known = database.getCollection(WorklistDocuments.CASES).find(new Document("_id", caseId)).first();
        return known.getList(WorklistProjection.ITEM_IDS, Object.class);
    }

    private List<Object> itemIdsOf(String caseId) {
        List<Object> ids = new ArrayList<>();
        for (Document item : database.getCollection(WorklistDocuments.ITEMS).find(new Document("caseId", caseId))) {
            ids.add(item.get("_id"));
        }
        return ids;
    }

    private Worklist worklist(String user, int horizon) {
        return queries.worklist(user, List.of(), horizon, "it").block();
    }

    private void opened(String caseId, String caseManager, String organisation) {
        projection.on(new CaseOpened(CaseId.of(caseId), PersonId.of("p-" + caseId), OrganisationId.of(organisation),
                IstatCode.of("098031"), MacroArea.of("A"), AccessChannel.FLUSSO_ADI_INPS, ActivationMode.ON_REQUEST,
                UserId.of(caseManager), null, TODAY.minusYears(1)));
    }

    private static AdiApplicationReceived application(String adi, String caseId, LocalDate pad) {
        LocalDate start = pad.withDayOfMonth(1).plusMonths(1);
        return new AdiApplicationReceived(AdiBenefitId.of(adi), CaseId.of(caseId), null, PersonId.of("p-" + caseId),
                pad, pad, start, start.plusMonths(18).minusDays(1), List.of());
    }

    private static TirocinioActivated tirocinio(String id, String caseId, LocalDate start) {
        return new TirocinioActivated(TirocinioId.of(id), CaseId.of(caseId), PersonId.of("p-" + caseId),
                OrganisationId.of("ambito"), OrganisationId.of("host"), "Tutor", null, start,
                start.plusMonths(24).minusDays(1), 20, BigDecimal.ZERO, null);
    }
}
