package it.cartella.query.indicator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Back-fills a new indicator version from the stored facts, in the background, while the application keeps running
 * and the fact projection keeps routing new facts to it. Only the facts the version reads are written; progress
 * (facts read of facts stored) is saved every {@value #PROGRESS_EVERY} facts. A back-fill interrupted by a stop
 * starts again at the next start-up: writes are idempotent.
 */
public class Backfills {

    static final int PROGRESS_EVERY = 200;

    private static final Logger log = LoggerFactory.getLogger(Backfills.class);

    private final FactStore facts;
    private final IndicatorRows rows;
    private final IndicatorCatalog catalog;
    private final Executor executor;

    public Backfills(FactStore facts, IndicatorRows rows, IndicatorCatalog catalog, Executor executor) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public void start(IndicatorDefinition version) {
        executor.execute(() -> run(version));
    }

    public void resumeUnfinished() {
        catalog.unfinishedBackfills().forEach(status -> catalog.allVersions().stream()
                .filter(v -> v.key().equals(status.key())).findFirst().ifPresent(this::start));
    }

    void run(IndicatorDefinition version) {
        String key = version.key();
        long total = facts.countFacts();
        AtomicLong processed = new AtomicLong();
        catalog.progress(key, BackfillStatus.State.RUNNING, 0, total);
        facts.forEachFact(fact -> {
            if (version.computation().reads(fact)) {
                rows.write(key, fact);
            }
            long done = processed.incrementAndGet();
            if (done % PROGRESS_EVERY == 0) {
                catalog.progress(key, BackfillStatus.State.RUNNING, done, Math.max(total, done));
            }
        });
        catalog.progress(key, BackfillStatus.State.DONE, processed.get(), Math.max(total, processed.get()));
        log.info("Indicator {} back-filled over {} facts", key, processed.get());
    }
}
