package it.cartella.query.indicator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static it.cartella.query.indicator.FactBuilder.fact;
import static it.cartella.query.indicator.FactType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each element of the vocabulary on small fact sets whose values are worked out by hand in the comments. */
class VocabularyTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private static final Scope YEAR_2025 = scope(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    private static Scope scope(LocalDate from, LocalDate to) {
        return new Scope(f -> !f.on().isBefore(from) && !f.on().isAfter(to), to, NOW, 10);
    }

    private static Selector select(FactType type, Map<String, List<String>> where) {
        return new Selector(List.of(type), where);
    }

    @Nested
    class Counting {

        // Person p1 has two cases (c1, c2) in household h1; p2 one case, no household; p3 a case in 2024.
        private final List<Fact> facts = List.of(
                fact(CASE_OPENED).ofCase("c1", "p1").household("h1").on("2025-02-01").build(),
                fact(CASE_OPENED).ofCase("c2", "p1").household("h1").on("2025-05-01").macroArea("B").build(),
                fact(CASE_OPENED).ofCase("c3", "p2").on("2025-06-01").build(),
                fact(CASE_OPENED).ofCase("c4", "p3").on("2024-06-01").build());

        @Test
        void perApplicationCountsEveryFactPerPersonEachPersonOnce() {
            Selector opened = select(CASE_OPENED, Map.of());
            assertThat(new Count(opened, Subject.APPLICATION).evaluate(facts, YEAR_2025)).isEqualTo(Cell.count(3));
            assertThat(new Count(opened, Subject.PERSON).evaluate(facts, YEAR_2025)).isEqualTo(Cell.count(2));
            assertThat(new Count(opened, Subject.CASE).evaluate(facts, YEAR_2025)).isEqualTo(Cell.count(3));
        }

        @Test
        void aPersonWithoutAHouseholdIsAHouseholdOfOne() {
            // h1 (p1's two cases) and p2 alone.
            assertThat(new Count(select(CASE_OPENED, Map.of()), Subject.HOUSEHOLD).evaluate(facts, YEAR_2025).n())
                    .isEqualTo(2);
        }

        @Test
        void filtersKeepOnlyMatchingFacts() {
            assertThat(new Count(select(CASE_OPENED, Map.of("macroArea", List.of("B"))), Subject.APPLICATION)
                    .evaluate(facts, YEAR_2025).n()).isEqualTo(1);
        }

        @Test
        void aListAttributeMatchesWhenItContainsAValue() {
            List<Fact> meetings = List.of(
                    fact(TEAM_MEETING_HELD).ofCase("c1", "p1").with("roles", List.of("ASSISTENTE_SOCIALE", "MEDICO")).build(),
                    fact(TEAM_MEETING_HELD).ofCase("c1", "p1").with("roles", List.of("EDUCATORE")).build());
            assertThat(new Count(select(TEAM_MEETING_HELD, Map.of("roles", List.of("MEDICO", "PSICOLOGO"))),
                    Subject.APPLICATION).evaluate(meetings, YEAR_2025).n()).isEqualTo(1);
        }

        @Test
        void aFilterOnAFieldTheFactTypeDoesNotHaveIsRefused() {
            assertThatThrownBy(() -> select(CASE_OPENED, Map.of("outcome", List.of("ASSUNTO"))))
                    .hasMessageContaining("outcome");
        }

        @Test
        void theCountingUnitMustBeStated() {
            assertThatThrownBy(() -> new Count(select(CASE_OPENED, Map.of()), null))
                    .hasMessageContaining("APPLICATION");
        }
    }

    @Nested
    class Ratios {

        // c1 and c2 opened in 2025, c3 in 2024; c1 signed in 2025, c2 in 2026, c3 in 2025.
        private final List<Fact> facts = List.of(
                fact(CASE_OPENED).ofCase("c1", "p1").on("2025-02-01").build(),
                fact(CASE_OPENED).ofCase("c2", "p2").on("2025-11-01").build(),
                fact(CASE_OPENED).ofCase("c3", "p3").on("2024-12-01").build(),
                fact(PLAN_SIGNED).ofCase("c1", "p1").on("2025-03-01").build(),
                fact(PLAN_SIGNED).ofCase("c2", "p2").on("2026-01-15").build(),
                fact(PLAN_SIGNED).ofCase("c3", "p3").on("2025-01-10").build());

        private final Count signed = new Count(select(PLAN_SIGNED, Map.of()), Subject.CASE);
        private final Count opened = new Count(select(CASE_OPENED, Map.of()), Subject.CASE);

        @Test
        void withoutACohortBothSidesAreCountedInTheCell() {
            // 2025: signed c1, c3 = 2; opened c1, c2 = 2.
            assertThat(new Ratio(signed, opened, false, true).evaluate(facts, YEAR_2025)).isEqualTo(new Cell(100.0, 2));
        }

        @Test
        void aCohortFollowsTheDenominatorsSubjectsToTheEndOfThePeriod() {
            // Cohort 2025: c1, c2. By 31/12/2025 only c1 signed: 50%. By the end of 2026, both.
            assertThat(new Ratio(signed, opened, true, true).evaluate(facts, YEAR_2025)).isEqualTo(new Cell(50.0, 2));
            Scope cohort2025UntilEnd2026 = new Scope(YEAR_2025.anchor(), LocalDate.of(2026, 12, 31), NOW, 10);
            assertThat(new Ratio(signed, opened, true, false).evaluate(facts, cohort2025UntilEnd2026).value())
                    .isEqualTo(1.0);
        }

        @Test
        void anEmptyDenominatorGivesNoValue() {
            assertThat(new Ratio(signed, opened, true, true).evaluate(facts,
                    scope(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))).isEqualTo(Cell.empty());
        }

        @Test
        void aCohortMustCountTheSameSubjectOnBothSides() {
            assertThatThrownBy(() -> new Ratio(new Count(select(PLAN_SIGNED, Map.of()), Subject.PERSON), opened, true, true))
                    .hasMessageContaining("cohort");
        }
    }

    @Nested
    class Durations {

        // Days from opening to signing: c1 10, c2 20, c3 40, c4 70; c5 not signed yet; c6 opened in 2024.
        private final List<Fact> facts = List.of(
                fact(CASE_OPENED).ofCase("c1", "p1").on("2025-01-01").build(),
                fact(PLAN_SIGNED).ofCase("c1", "p1").on("2025-01-11").build(),
                fact(CASE_OPENED).ofCase("c2", "p2").on("2025-02-01").build(),
                fact(PLAN_SIGNED).ofCase("c2", "p2").on("2025-02-21").build(),
                fact(PLAN_SIGNED).ofCase("c2", "p2").on("2025-06-01").build(),
                fact(CASE_OPENED).ofCase("c3", "p3").on("2025-03-01").build(),
                fact(PLAN_SIGNED).ofCase("c3", "p3").on("2025-04-10").build(),
                fact(CASE_OPENED).ofCase("c4", "p4").on("2025-12-01").build(),
                fact(PLAN_SIGNED).ofCase("c4", "p4").on("2026-02-09").build(),
                fact(CASE_OPENED).ofCase("c5", "p5").on("2025-05-01").build(),
                fact(CASE_OPENED).ofCase("c6", "p6").on("2024-05-01").build(),
                fact(PLAN_SIGNED).ofCase("c6", "p6").on("2025-05-01").build());

        private DurationStatistic days(String statistic) {
            return new DurationStatistic(select(CASE_OPENED, Map.of()), select(PLAN_SIGNED, Map.of()), Subject.CASE,
                    ChronoUnit.DAYS, statistic);
        }

        @Test
        void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
            // 10, 20, 40, 70 (the first signing counts; c5 pending; c6 started in 2024): (20 + 40) / 2.
            assertThat(days("MEDIAN").evaluate(facts, YEAR_2025)).isEqualTo(new Cell(30.0, 4));
        }

        @Test
        void meanAndPercentiles() {
            assertThat(days("MEAN").evaluate(facts, YEAR_2025).value()).isEqualTo(35.0);
            // P90 of 10, 20, 40, 70: rank 0.9 * 3 = 2.7, 40 + 0.7 * 30 = 61.
            assertThat(days("P90").evaluate(facts, YEAR_2025).value()).isCloseTo(61.0, org.assertj.core.data.Offset.offset(1e-9));
        }

        @Test
        void hoursAreMeasuredBetweenInstants() {
            List<Fact> discharge = List.of(
                    fact(HOSPITAL_DISCHARGE_RECORDED).ofCase("c1", "p1").episode("d1").at("2025-03-01T10:00:00Z").build(),
                    fact(DISCHARGE_CARE_ACTIVATED).ofCase("c1", "p1").episode("d1").at("2025-03-02T16:30:00Z").build());
            DurationStatistic hours = new DurationStatistic(select(HOSPITAL_DISCHARGE_RECORDED, Map.of()),
                    select(DISCHARGE_CARE_ACTIVATED, Map.of()), Subject.EPISODE, ChronoUnit.HOURS, "MEDIAN");
            assertThat(hours.evaluate(discharge, YEAR_2025)).isEqualTo(new Cell(30.5, 1));
        }

        @Test
        void anUnknownStatisticIsRefused() {
            assertThatThrownBy(() -> days("MODE")).hasMessageContaining("MEDIAN");
        }
    }

    @Nested
    class Limits {

        @Test
        void theShareWithinTheLimitLeavesPendingStartsOut() {
            Instant now = Instant.parse("2025-03-10T12:00:00Z");
            List<Fact> facts = List.of(
                    // d1: 48h, met. d2: 80h, missed. d3: no activation after 5 days, missed.
                    // d4: discharged 24h before now, not active yet: pending.
                    fact(HOSPITAL_DISCHARGE_RECORDED).episode("d1").at("2025-03-01T10:00:00Z").build(),
                    fact(DISCHARGE_CARE_ACTIVATED).episode("d1").at("2025-03-03T10:00:00Z").build(),
                    fact(HOSPITAL_DISCHARGE_RECORDED).episode("d2").at("2025-03-01T10:00:00Z").build(),
                    fact(DISCHARGE_CARE_ACTIVATED).episode("d2").at("2025-03-04T18:00:00Z").build(),
                    fact(HOSPITAL_DISCHARGE_RECORDED).episode("d3").at("2025-03-05T10:00:00Z").build(),
                    fact(HOSPITAL_DISCHARGE_RECORDED).episode("d4").at("2025-03-09T12:00:00Z").build());
            WithinLimit within72h = new WithinLimit(select(HOSPITAL_DISCHARGE_RECORDED, Map.of()),
                    select(DISCHARGE_CARE_ACTIVATED, Map.of()), Subject.EPISODE, "PT72H");
            Scope scope = new Scope(f -> true, LocalDate.of(2025, 12, 31), now, 10);
            // 1 met of 3 decided.
            assertThat(within72h.evaluate(facts, scope).n()).isEqualTo(3);
            assertThat(within72h.evaluate(facts, scope).value()).isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
        }

        @Test
        void aLimitIsAPositiveIsoDuration() {
            assertThatThrownBy(() -> new WithinLimit(select(CASE_OPENED, Map.of()), select(PLAN_SIGNED, Map.of()),
                    null, "72 ore")).hasMessageContaining("PT72H");
        }
    }

    @Nested
    class Coverages {

        @Test
        void theShareOfComuniWithAtLeastOneFact() {
            List<Fact> facts = List.of(
                    fact(INTERVENTION_ACTIVATED).service("DOPO_DI_NOI").comune("098031").build(),
                    fact(INTERVENTION_ACTIVATED).service("DOPO_DI_NOI").comune("098031").build(),
                    fact(INTERVENTION_ACTIVATED).service("DOPO_DI_NOI").comune("098019").build(),
                    fact(INTERVENTION_ACTIVATED).service("MISURA_B2").comune("098010").build());
            Selector dopoDiNoi = select(INTERVENTION_ACTIVATED, Map.of("service", List.of("DOPO_DI_NOI")));
            // 2 Comuni of the plan's 10; of a stated 61.
            assertThat(new Coverage(dopoDiNoi, null).evaluate(facts, YEAR_2025)).isEqualTo(new Cell(20.0, 2));
            assertThat(new Coverage(dopoDiNoi, 61).evaluate(facts, YEAR_2025).value())
                    .isCloseTo(3.28, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Nested
    class ScoreChanges {

        // c1: ABITARE 40 -> 60 at T2 (T1 50), LAVORO 30 -> 20. c2: ABITARE 50 -> 50. c3: only T0.
        private final List<Fact> facts = List.of(
                monitoring("c1", 0, "2025-01-10", Map.of("ABITARE", 40, "LAVORO", 30)),
                monitoring("c1", 1, "2025-04-10", Map.of("ABITARE", 50, "LAVORO", 25)),
                monitoring("c1", 2, "2025-09-10", Map.of("ABITARE", 60, "LAVORO", 20)),
                monitoring("c2", 0, "2025-02-10", Map.of("ABITARE", 50)),
                monitoring("c2", 1, "2025-06-10", Map.of("ABITARE", 50)),
                monitoring("c3", 0, "2025-02-10", Map.of("ABITARE", 10)));

        private Fact monitoring(String caseId, int step, String day, Map<String, Integer> scores) {
            return fact(MONITORING_RECORDED).ofCase(caseId, "p-" + caseId).on(day).with("step", step)
                    .with("scores", scores).build();
        }

        @Test
        void meanChangeFromT0ToTheLatestPoint() {
            // Pairs: c1 ABITARE +20, c1 LAVORO -10, c2 ABITARE 0: mean 10/3.
            assertThat(new ScoreChange(null, null, null, null, "MEAN_CHANGE").evaluate(facts, YEAR_2025).value())
                    .isCloseTo(3.333, org.assertj.core.data.Offset.offset(0.001));
        }

        @Test
        void shareImprovedInOneDomainBetweenGivenPoints() {
            // T0 -> T1, ABITARE: c1 +10, c2 0: one of two improved.
            assertThat(new ScoreChange(null, "ABITARE", 0, 1, "IMPROVED_SHARE").evaluate(facts, YEAR_2025))
                    .isEqualTo(new Cell(50.0, 2));
        }

        @Test
        void medianChange() {
            assertThat(new ScoreChange(null, null, null, null, "MEDIAN_CHANGE").evaluate(facts, YEAR_2025).value())
                    .isEqualTo(0.0);
        }
    }

    @Nested
    class Periods {

        @Test
        void everyGrainLabelsItsPeriods() {
            LocalDate from = LocalDate.of(2025, 8, 15);
            LocalDate to = LocalDate.of(2025, 10, 5);
            assertThat(PeriodGrain.MONTH.periods(from, to, 2025)).extracting(Period::label)
                    .containsExactly("2025-08", "2025-09", "2025-10");
            assertThat(PeriodGrain.QUARTER.periods(from, to, 2025)).extracting(Period::label)
                    .containsExactly("2025-Q3", "2025-Q4");
            assertThat(PeriodGrain.SCHOOL_YEAR.periods(from, to, 2025)).extracting(Period::label)
                    .containsExactly("2024/25", "2025/26");
            assertThat(PeriodGrain.YEAR.periods(from, to, 2025)).containsExactly(new Period("2025", from, to));
            assertThat(PeriodGrain.TRIENNIUM.periods(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 1, 1), 2025))
                    .extracting(Period::label).containsExactly("2022-2024", "2025-2027", "2028-2030");
            assertThat(PeriodGrain.RANGE.periods(from, to, 2025)).containsExactly(new Period("2025-08-15..2025-10-05", from, to));
        }
    }

    @Nested
    class Tables {

        private final Plan plan = new Plan("TEST", "Test", "udp-test", 2025, List.of("098031", "098019"),
                Map.of("Nord", List.of("098031"), "Sud", List.of("098019")));

        @Test
        void brokenDownByComuneAndYearWithComputedTotals() {
            // p1 opens a case in Lodi in 2025 and in Codogno in 2026; p2 in Lodi 2025; p9 outside the plan.
            List<Fact> facts = List.of(
                    fact(CASE_OPENED).ofCase("c1", "p1").comune("098031").on("2025-02-01").build(),
                    fact(CASE_OPENED).ofCase("c2", "p1").comune("098019").on("2026-02-01").build(),
                    fact(CASE_OPENED).ofCase("c3", "p2").comune("098031").on("2025-07-01").build(),
                    fact(CASE_OPENED).ofCase("c9", "p9").comune("015195").on("2025-07-01").build());
            IndicatorDefinition persons = definition(new Count(select(CASE_OPENED, Map.of()), Subject.PERSON));
            IndicatorTable table = IndicatorTable.compute(persons, plan, facts, Dimension.COMUNE, PeriodGrain.YEAR,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), NOW);

            assertThat(table.rows()).extracting(IndicatorTable.Row::key).containsExactly("098019", "098031");
            assertThat(table.rows().get(0).cells()).extracting(Cell::n).containsExactly(0L, 1L);
            assertThat(table.rows().get(1).cells()).extracting(Cell::n).containsExactly(2L, 0L);
            // p1 is one person in the total, though counted in both Comuni.
            assertThat(table.total().cells()).extracting(Cell::n).containsExactly(2L, 1L);
            assertThat(table.total().total().n()).isEqualTo(2);

            IndicatorTable bySubArea = IndicatorTable.compute(persons, plan, facts, Dimension.SUB_AREA,
                    PeriodGrain.RANGE, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), NOW);
            assertThat(bySubArea.rows()).extracting(IndicatorTable.Row::key).containsExactly("Nord", "Sud");
        }

        private IndicatorDefinition definition(Computation computation) {
            return new IndicatorDefinition("TEST-01", 1, "TEST", "1", IndicatorType.OUTPUT,
                    new IndicatorDefinition.Wording("prova", "test"), computation, List.of(Dimension.COMUNE),
                    Map.of(), null, null);
        }
    }
}
