package it.cartella.app.indicator;

import it.cartella.app.security.Actor;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.territory.ComuneRegistry;
import it.cartella.kernel.territory.IstatCode;
import it.cartella.query.indicator.Dimension;
import it.cartella.query.indicator.IndicatorDefinition;
import it.cartella.query.indicator.IndicatorQueries;
import it.cartella.query.indicator.IndicatorQueries.Version;
import it.cartella.query.indicator.IndicatorTable;
import it.cartella.query.indicator.PeriodGrain;
import it.cartella.query.indicator.Plan;
import it.cartella.query.indicator.Plans;
import it.cartella.query.indicator.PublishedTable;
import it.cartella.query.indicator.RegionalTemplate;
import it.cartella.query.indicator.Suppression;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Computes an indicator version's table from its facts and publishes it for the one asking: as it is to the plan's
 * owning organisation, with small cells suppressed to everyone else.
 */
public class IndicatorPublication {

    private final IndicatorQueries queries;
    private final Plans plans;
    private final int threshold;

    IndicatorPublication(IndicatorQueries queries, Plans plans, int threshold) {
        this.queries = queries;
        this.plans = plans;
        this.threshold = threshold;
    }

    public Flux<Version> list(String plan) {
        if (plan != null) {
            plans.require(plan);
        }
        return queries.latestVersions(plan);
    }

    public Mono<IndicatorView> view(String id, Integer version, PeriodGrain grain, LocalDate from, LocalDate to,
                             Dimension by, Actor actor) {
        return queries.version(id, version).flatMap(v -> {
            Request request = request(v.definition().plan(), grain, from, to, by);
            return publish(v, request, actor).map(table -> IndicatorView.of(v, request, table, this::label));
        });
    }

    Mono<List<List<String>>> template(String planId, boolean byComune, Actor actor) {
        return template(planId, byComune, actor, done -> { });
    }

    /** The plan's template; {@code progress} hears how many indicators are computed so far. */
    Mono<List<List<String>>> template(String planId, boolean byComune, Actor actor, IntConsumer progress) {
        AtomicInteger computed = new AtomicInteger();
        Plan plan = plans.require(planId);
        Request years = new Request(PeriodGrain.YEAR, LocalDate.of(plan.trienniumStart(), 1, 1),
                LocalDate.of(plan.trienniumStart() + 2, 12, 31), null);
        return queries.latestVersions(planId)
                .concatMap(v -> publish(v, byComune && v.definition().dimensions().contains(Dimension.COMUNE)
                        ? years.by(Dimension.COMUNE) : years, actor)
                        .map(table -> new RegionalTemplate.Entry(v.definition(), table))
                        .doOnNext(entry -> progress.accept(computed.incrementAndGet())))
                .collectList()
                .map(entries -> RegionalTemplate.lines(plan.name(), IntStream.rangeClosed(plan.trienniumStart(),
                        plan.trienniumStart() + 2).boxed().toList(), entries, this::label));
    }

    private Request request(String planId, PeriodGrain grain, LocalDate from, LocalDate to, Dimension by) {
        Plan plan = plans.require(planId);
        LocalDate start = from != null ? from : LocalDate.of(plan.trienniumStart(), 1, 1);
        LocalDate end = to != null ? to : LocalDate.of(plan.trienniumStart() + 2, 12, 31);
        if (end.isBefore(start)) {
            throw DomainException.invalid("to", "INDICATOR_RANGE_INVALID",
                    "La fine del periodo precede l'inizio.", "The end of the range comes before its start.");
        }
        return new Request(grain == null ? PeriodGrain.YEAR : grain, start, end, by);
    }

    private Mono<PublishedTable> publish(Version version, Request request, Actor actor) {
        IndicatorDefinition definition = version.definition();
        if (request.by() != null && !definition.dimensions().contains(request.by())) {
            return Mono.error(DomainException.invalid("by", "INDICATOR_DIMENSION_NOT_OFFERED",
                    "Questo indicatore non si disaggrega per " + request.by() + ".",
                    "This indicator is not broken down by " + request.by() + "."));
        }
        Plan plan = plans.require(definition.plan());
        return queries.facts(definition.key())
                // Computing is CPU work over the facts: off the server's event loop.
                .publishOn(Schedulers.boundedElastic())
                .map(facts -> IndicatorTable.compute(definition, plan, facts, request.by(), request.grain(),
                        request.from(), request.to(), Instant.now()))
                .map(table -> actor.organisation().value().equals(plan.owningOrganisation()) ? Suppression.none(table)
                        : Suppression.apply(table, threshold));
    }

    /** A Comune's name for its ISTAT code; any other key as it is. */
    private String label(String key) {
        return key.matches("\\d{6}") ? ComuneRegistry.standard().find(new IstatCode(key))
                .map(c -> c.name()).orElse(key) : key;
    }

    record Request(PeriodGrain grain, LocalDate from, LocalDate to, Dimension by) {
        Request by(Dimension dimension) {
            return new Request(grain, from, to, dimension);
        }
    }
}
