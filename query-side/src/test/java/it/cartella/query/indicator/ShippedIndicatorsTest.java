package it.cartella.query.indicator;

import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.testing.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import static it.cartella.kernel.cases.AccessChannel.FLUSSO_ADI_INPS;
import static it.cartella.kernel.cases.AssessmentKind.EVM_UVM;
import static it.cartella.kernel.cases.AssessmentKind.QUADRO_DI_ANALISI;
import static it.cartella.kernel.cases.ClosureRating.NEGATIVE;
import static it.cartella.kernel.cases.ClosureRating.PARTIAL;
import static it.cartella.kernel.cases.ClosureRating.POSITIVE;
import static it.cartella.kernel.cases.ProfessionalRole.ASSISTENTE_SOCIALE;
import static it.cartella.kernel.cases.ProfessionalRole.INFERMIERE;
import static it.cartella.kernel.cases.ProfessionalRole.MEDICO;
import static it.cartella.kernel.pais.PlanKind.PAI;
import static it.cartella.kernel.pais.PlanKind.PAIS;
import static it.cartella.kernel.pais.PlanKind.PATTO_EDUCATIVO;
import static it.cartella.kernel.pais.PlanKind.PROGETTO_DI_VITA;
import static it.cartella.kernel.pais.PlanKind.PROGETTO_INDIVIDUALIZZATO;
import static it.cartella.kernel.pais.SignatoryRole.LEGAL_REPRESENTATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every shipped indicator over one fixed history of the three Ambiti, against its value for 2025 worked out by
 * hand (the reasoning is next to each expected value). The history goes through the fact projection, as the
 * application's events do.
 */
class ShippedIndicatorsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final String LODI = "098031";
    private static final String CODOGNO = "098019";
    private static final String CASALPUSTERLENGO = "098010";
    private static final String SAN_GIULIANO = "015195";
    private static final String SAN_DONATO = "015192";
    private static final String LOVERE = "016128";
    private static final String SOVERE = "016204";
    private static final Executor NOW_IN_THIS_THREAD = Runnable::run;

    private final Plans plans = Plans.standard();

    private MongoDatabase database;
    private FactStore store;
    private IndicatorCatalog catalog;
    private IndicatorRows rows;
    private FactProjection projection;

    @BeforeEach
    void freshDatabase() {
        database = TestMongo.freshDatabase();
        store = new FactStore(database);
        catalog = new IndicatorCatalog(database);
        rows = new IndicatorRows(database, catalog);
        projection = new FactProjection(store, rows);
    }

    /** Expected values for 2025, with the count or the sets behind them. */
    private static Map<String, Double> expected() {
        Map<String, Double> values = new LinkedHashMap<>();
        // Cohort of area-A households opened in 2025: h1 (L1, L2), p3 (L3), p13 (L13); h1 and p3 signed a PaIS or
        // an individual plan by 31/12 (L12's plan is outside the cohort, L4's is area B).
        values.put("LODI-A1-06", 200.0 / 3);
        // ADI households of 2025: h1, p13; h1 was assessed.
        values.put("LODI-A1-10", 50.0);
        // Area-A meetings in 2025: L1 once, L3 twice (L12's 2024 meeting is outside).
        values.put("LODI-A1-11", 3.0);
        // Homeless protected discharges activated in 2025: i1, i2.
        values.put("LODI-A2-08", 2.0);
        // Households reached by PIS: h1 (i3, i4), p3 (i5).
        values.put("LODI-A2-09", 2.0);
        // Area-A individual plans signed in 2025: pa3, pa12 (pa4 is area B, L1's is a PaIS).
        values.put("LODI-A2-10", 2.0);
        // Of i1 and i2, only i1 ended with autonomy.
        values.put("LODI-A2-13", 50.0);
        // Of the area-A cases opened in 2025 (L1, L2, L3, L13), only L1 closed with both ratings positive.
        values.put("LODI-A2-15", 25.0);
        // Area-B households of 2025: h4, p5; h4 signed a plan.
        values.put("LODI-B1-07", 50.0);
        // Financial education: p4 (twice), p5.
        values.put("LODI-B1-16", 2.0);
        // Housing mediation: p5.
        values.put("LODI-B1-17", 1.0);
        // d8 active 48 h after discharge, d9 96 h: one of two within 72 h; median (48 + 96) / 2.
        values.put("LODI-DE3-07", 50.0);
        values.put("LODI-DE3-07-ORE", 72.0);
        // Care activated in Codogno (d8) and Lodi (d9): 2 of the 61 Comuni the plan counts.
        values.put("LODI-DE3-08", 200.0 / 61);
        // PAI plans: pa8, pa9.
        values.put("LODI-DE3-11", 2.0);
        // Traineeships t6, t7.
        values.put("LODI-H1-03", 2.0);
        // Training paths: p6, p7.
        values.put("LODI-H1-04", 2.0);
        // Area-H closures: L6 positive SELF, L7 hired: one of two.
        values.put("LODI-H1-12", 50.0);
        // Dopo di Noi in Casalpusterlengo only (twice): 1 of 61.
        values.put("LODI-J1-08", 100.0 / 61);
        // Trafficking protection: p11.
        values.put("LODI-L1-16", 1.0);
        // MSNA paths ended: i15 with autonomy, i16 without.
        values.put("LODI-L0-11", 50.0);
        // Area-G score pairs: S1 RELAZIONI +20, S1 CURA -5, S2 RELAZIONI +5: two of three improved.
        values.put("SGM-PIPPI-04", 200.0 / 3);
        // Days from opening to plan: S1 30, S2 50 (S3 has none yet).
        values.put("SGM-PIPPI-06", 40.0);
        // Traineeships tS4, tS5.
        values.put("SGM-TIS-05", 2.0);
        values.put("SGM-SSE-05", 1.0);
        // Two mediation deliveries in 2025 (the third is in 2026).
        values.put("SGM-MED-05", 2.0);
        // Three UVM assessments (the QUADRO_DI_ANALISI is not one): one with a doctor, two with a social worker.
        values.put("SGM-ATS-23", 100.0 / 3);
        values.put("SGM-ASST-16", 200.0 / 3);
        // Life plans pv1 (two versions) and pv2.
        values.put("ASEB-03-03", 2.0);
        // Dopo di Noi activations k1, k2, k3.
        values.put("ASEB-04-06", 3.0);
        // Plans signed by the beneficiary: pa-r3 (pa-r4 by a legal representative).
        values.put("ASEB-06-05", 1.0);
        // Area-A pairs: r3 ABITARE +30, r3 LAVORO -5, r4 ABITARE +6: mean 31 / 3.
        values.put("ASEB-06-07", 31.0 / 3);
        // Area-G meetings of 2025: two (the third is in 2026).
        values.put("ASEB-11-03", 2.0);
        // Conflictual separations s1, s2, s3: s1 closed positively.
        values.put("ASEB-PPT5-05", 100.0 / 3);
        // Area-H closures: r6 into work, r7 hired otherwise.
        values.put("ASEB-08-06", 50.0);
        return values;
    }

    @Test
    void everyShippedIndicatorHasItsHandComputedValue() {
        plans.shipped().forEach(catalog::addIfAbsent);
        history().replayInto(projection);

        Map<String, Double> expected = expected();
        assertThat(plans.shipped()).extracting(IndicatorDefinition::id)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (IndicatorDefinition definition : plans.shipped()) {
            assertThat(value2025(definition)).as(definition.id())
                    .isCloseTo(expected.get(definition.id()), within(1e-9));
        }
    }

    @Test
    void aBackFillGivesWhatIncrementalProjectionGave() {
        plans.shipped().forEach(catalog::addIfAbsent);
        history().replayInto(projection);
        Map<String, List<Document>> incremental = storedRows();
        Map<String, Double> incrementalValues = values();

        freshDatabase();
        history().replayInto(projection);
        Backfills backfills = new Backfills(store, rows, catalog, NOW_IN_THIS_THREAD);
        plans.shipped().forEach(definition -> catalog.addIfAbsent(definition).ifPresent(backfills::start));

        assertThat(storedRows()).isEqualTo(incremental);
        assertThat(values()).isEqualTo(incrementalValues);
        long facts = store.countFacts();
        assertThat(catalog.unfinishedBackfills()).isEmpty();
        assertThat(new IndicatorQueriesProbe(database).backfill("LODI-A1-06@1"))
                .isEqualTo(new BackfillStatus("LODI-A1-06@1", BackfillStatus.State.DONE, facts, facts));
    }

    @Test
    void aNewVersionIsBackFilledWhileNewFactsKeepArriving() {
        List<Object> events = history().events();
        int half = events.size() / 2;
        for (int i = 0; i < half; i++) {
            projection.handle(events.get(i), "event-" + i, NOW);
        }
        IndicatorDefinition v1 = plans.shipped().stream().filter(d -> d.id().equals("LODI-A1-11")).findFirst()
                .orElseThrow();
        IndicatorDefinition stored = catalog.addVersion(v1);
        new Backfills(store, rows, catalog, NOW_IN_THIS_THREAD).start(stored);
        for (int i = half; i < events.size(); i++) {
            projection.handle(events.get(i), "event-" + i, NOW);
        }

        assertThat(value2025(stored)).isEqualTo(3.0);
    }

    @Test
    void aResetEmptiesFactsAndRowsAndAReplayRebuildsThem() {
        plans.shipped().forEach(catalog::addIfAbsent);
        history().replayInto(projection);
        Map<String, List<Document>> before = storedRows();

        projection.reset();
        assertThat(store.countFacts()).isZero();
        history().replayInto(projection);

        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void noFactHoldsNotesResultsOrAmounts() {
        history().replayInto(projection);
        List<String> stored = database.getCollection(FactStore.FACTS).find().map(Document::toJson).into(new java.util.ArrayList<>());
        assertThat(stored).isNotEmpty().noneMatch(json -> json.contains(CaseHistory.PERSONAL_TEXT))
                .noneMatch(json -> json.contains("1234.56"));
    }

    private double value2025(IndicatorDefinition definition) {
        Plan plan = plans.require(definition.plan());
        IndicatorTable table = IndicatorTable.compute(definition, plan, rows.facts(definition.key()), null,
                PeriodGrain.YEAR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), NOW);
        return table.total().total().value();
    }

    private Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        plans.shipped().forEach(d -> values.put(d.key(), value2025(d)));
        return values;
    }

    private Map<String, List<Document>> storedRows() {
        Map<String, List<Document>> stored = new LinkedHashMap<>();
        plans.shipped().forEach(d -> stored.put(d.key(), database.getCollection(IndicatorRows.collection(d.key()))
                .find().into(new java.util.ArrayList<Document>()).stream()
                .sorted(Comparator.comparing(doc -> doc.getString("_id"))).toList()));
        return stored;
    }

    private static CaseHistory history() {
        return new CaseHistory()
                // Lodi.
                .opened("L1", "p1", "h1", LODI, "A", FLUSSO_ADI_INPS, "2025-01-10")
                .opened("L2", "p2", "h1", LODI, "A", FLUSSO_ADI_INPS, "2025-02-01")
                .opened("L3", "p3", CODOGNO, "A", "2025-03-01")
                .opened("L4", "p4", "h4", CODOGNO, "B", it.cartella.kernel.cases.AccessChannel.SPORTELLO, "2025-04-01")
                .opened("L5", "p5", CASALPUSTERLENGO, "B", "2025-05-01")
                .opened("L6", "p6", LODI, "H", "2025-01-15")
                .opened("L7", "p7", LODI, "H", "2025-02-15")
                .opened("L8", "p8", CODOGNO, "E", "2025-03-01")
                .opened("L9", "p9", LODI, "E", "2025-06-01")
                .opened("L10", "p10", CASALPUSTERLENGO, "J", "2025-02-01")
                .opened("L11", "p11", LODI, "L", "2025-03-01")
                .opened("L12", "p12", LODI, "A", "2024-11-01")
                .opened("L13", "p13", null, LODI, "A", FLUSSO_ADI_INPS, "2025-07-01")
                .meeting("L12", "2024-12-01")
                .assessment("L1", EVM_UVM, "2025-01-20", ASSISTENTE_SOCIALE)
                .signed("pa1", "L1", PAIS, 1, "2025-02-01")
                .meeting("L1", "2025-02-10")
                .signed("pa1", "L1", PAIS, 2, "2025-06-01")
                .signed("pa3", "L3", PROGETTO_INDIVIDUALIZZATO, 1, "2025-04-01")
                .meeting("L3", "2025-03-10")
                .meeting("L3", "2025-05-10")
                .signed("pa4", "L4", PROGETTO_INDIVIDUALIZZATO, 1, "2025-05-01")
                .signed("pa8", "L8", PAI, 1, "2025-03-05")
                .signed("pa9", "L9", PAI, 1, "2025-06-10")
                .signed("pa12", "L12", PROGETTO_INDIVIDUALIZZATO, 1, "2025-01-20")
                .intervention("i1", "L3", "DIMISSIONI_PROTETTE_SENZA_DIMORA", "2025-03-05")
                .ended("i1", "L3", "2025-09-01", "AUTONOMIA_RAGGIUNTA")
                .intervention("i2", "L12", "DIMISSIONI_PROTETTE_SENZA_DIMORA", "2025-02-01")
                .ended("i2", "L12", "2025-08-01", "ASSUNTO")
                .intervention("i3", "L1", "PRONTO_INTERVENTO_SOCIALE", "2025-01-12")
                .intervention("i4", "L2", "PRONTO_INTERVENTO_SOCIALE", "2025-02-03")
                .intervention("i5", "L3", "PRONTO_INTERVENTO_SOCIALE", "2025-03-02")
                .intervention("i6", "L4", "EDUCAZIONE_FINANZIARIA", "2025-04-10")
                .intervention("i7", "L4", "EDUCAZIONE_FINANZIARIA", "2025-09-10")
                .intervention("i8", "L5", "EDUCAZIONE_FINANZIARIA", "2025-05-10")
                .intervention("i9", "L5", "MEDIAZIONE_ABITATIVA", "2025-06-01")
                .intervention("i10", "L6", "PERCORSO_FORMAZIONE_INCLUSIONE", "2025-02-01")
                .intervention("i11", "L7", "PERCORSO_FORMAZIONE_INCLUSIONE", "2025-03-01")
                .intervention("i12", "L10", "DOPO_DI_NOI", "2025-03-01")
                .intervention("i13", "L10", "DOPO_DI_NOI", "2025-04-01")
                .intervention("i14", "L11", "PROTEZIONE_VITTIME_TRATTA", "2025-03-05")
                .intervention("i15", "L11", "PERCORSO_MSNA", "2025-03-05")
                .intervention("i16", "L11", "PERCORSO_MSNA", "2025-03-06")
                .ended("i15", "L11", "2025-10-01", "MSNA_AUTONOMIA_RAGGIUNTA")
                .ended("i16", "L11", "2025-11-01", "ASSUNTO")
                .discharge("d8", "L8", "2025-03-02T10:00:00Z", "2025-03-04T10:00:00Z")
                .discharge("d9", "L9", "2025-06-02T10:00:00Z", "2025-06-06T10:00:00Z")
                .tirocinio("t6", "L6", "2025-03-01")
                .tirocinio("t7", "L7", "2025-04-01")
                .closed("L6", "2025-10-01", "CONCLUSO_POSITIVAMENTE_SELF", POSITIVE, POSITIVE)
                .closed("L7", "2025-11-01", "ASSUNTO", POSITIVE, PARTIAL)
                .closed("L1", "2025-12-01", "CONCLUSO_POSITIVAMENTE", POSITIVE, POSITIVE)
                .closed("L3", "2025-12-02", "ASSUNTO", NEGATIVE, PARTIAL)
                // San Giuliano Milanese.
                .opened("S1", "q1", SAN_GIULIANO, "G", "2025-01-10")
                .monitoring("S1", 0, "2025-01-20", Map.of("RELAZIONI", 40, "CURA", 50))
                .signed("ps1", "S1", PATTO_EDUCATIVO, 1, "2025-02-09")
                .monitoring("S1", 1, "2025-06-20", Map.of("RELAZIONI", 60, "CURA", 45))
                .opened("S2", "q2", SAN_DONATO, "G", "2025-03-01")
                .monitoring("S2", 0, "2025-03-10", Map.of("RELAZIONI", 30))
                .signed("ps2", "S2", PATTO_EDUCATIVO, 1, "2025-04-20")
                .monitoring("S2", 1, "2025-09-10", Map.of("RELAZIONI", 35))
                .opened("S3", "q3", SAN_GIULIANO, "G", "2025-05-01")
                .opened("S4", "q4", SAN_GIULIANO, "A", "2025-02-01")
                .tirocinio("tS4", "S4", "2025-03-01")
                .intervention("j1", "S4", "SOSTEGNO_SOCIOEDUCATIVO_ADULTI", "2025-03-01")
                .intervention("j2", "S4", "MEDIAZIONE_LINGUISTICO_CULTURALE", "2025-02-10")
                .delivered("j2", "S4", "2025-02-15")
                .delivered("j2", "S4", "2025-03-15")
                .delivered("j2", "S4", "2026-01-15")
                .opened("S5", "q5", SAN_DONATO, "D", "2025-02-01")
                .assessment("S5", EVM_UVM, "2025-02-10", ASSISTENTE_SOCIALE, MEDICO)
                .assessment("S5", QUADRO_DI_ANALISI, "2025-03-01", MEDICO)
                .assessment("S5", EVM_UVM, "2025-06-10", INFERMIERE)
                .assessment("S5", EVM_UVM, "2025-09-10", ASSISTENTE_SOCIALE)
                .tirocinio("tS5", "S5", "2025-05-01")
                // Alto Sebino.
                .opened("A1", "r1", LOVERE, "J", "2025-01-10")
                .signed("pv1", "A1", PROGETTO_DI_VITA, 1, "2025-02-01")
                .signed("pv1", "A1", PROGETTO_DI_VITA, 2, "2025-05-01")
                .intervention("k1", "A1", "DOPO_DI_NOI", "2025-03-01")
                .opened("A2", "r2", SOVERE, "J", "2025-02-01")
                .signed("pv2", "A2", PROGETTO_DI_VITA, 1, "2025-03-01")
                .intervention("k2", "A2", "DOPO_DI_NOI", "2025-04-01")
                .intervention("k3", "A2", "DOPO_DI_NOI", "2025-09-01")
                .opened("A3", "r3", LOVERE, "A", "2025-02-01")
                .signed("pa-r3", "A3", PAIS, 1, "2025-03-01")
                .monitoring("A3", 0, "2025-02-15", Map.of("ABITARE", 20, "LAVORO", 30))
                .monitoring("A3", 1, "2025-05-15", Map.of("ABITARE", 30, "LAVORO", 30))
                .monitoring("A3", 2, "2025-10-15", Map.of("ABITARE", 50, "LAVORO", 25))
                .opened("A4", "r4", SOVERE, "A", "2025-03-01")
                .signed("pa-r4", "A4", PROGETTO_INDIVIDUALIZZATO, 1, "2025-04-01", LEGAL_REPRESENTATIVE)
                .monitoring("A4", 0, "2025-03-15", Map.of("ABITARE", 40))
                .monitoring("A4", 1, "2025-09-15", Map.of("ABITARE", 46))
                .opened("A5", "r5", LOVERE, "G", "2025-01-20")
                .meeting("A5", "2025-02-01")
                .meeting("A5", "2025-03-01")
                .meeting("A5", "2026-01-10")
                .intervention("s1", "A5", "SEPARAZIONI_CONFLITTUALI", "2025-02-01")
                .ended("s1", "A5", "2025-10-01", "CHIUSA_POSITIVAMENTE")
                .intervention("s2", "A5", "SEPARAZIONI_CONFLITTUALI", "2025-03-01")
                .ended("s2", "A5", "2025-11-01", "ASSUNTO")
                .intervention("s3", "A5", "SEPARAZIONI_CONFLITTUALI", "2025-04-01")
                .opened("A6", "r6", SOVERE, "H", "2025-01-05")
                .closed("A6", "2025-09-01", "AVVIATO_AL_LAVORO", POSITIVE, POSITIVE)
                .opened("A7", "r7", LOVERE, "H", "2025-01-05")
                .closed("A7", "2025-10-01", "ASSUNTO", PARTIAL, PARTIAL);
    }

    /** Reads a version's back-fill progress the way the HTTP side does, through the stored document. */
    private record IndicatorQueriesProbe(MongoDatabase database) {
        BackfillStatus backfill(String key) {
            return IndicatorCatalog.status(database.getCollection(IndicatorCatalog.DEFINITIONS)
                    .find(new Document("_id", key)).first());
        }
    }
}
