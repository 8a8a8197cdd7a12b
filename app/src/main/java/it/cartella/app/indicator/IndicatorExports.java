package it.cartella.app.indicator;

import it.cartella.app.security.Actor;
import it.cartella.kernel.error.DomainException;
import it.cartella.query.indicator.Spreadsheets;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plan's export prepared in the background, for exports large enough that the user should see them progress:
 * the same template as {@code GET /api/indicators/export}, computed indicator by indicator, with the count of
 * indicators done readable while it runs. Jobs live in the memory of the node that runs them, belong to the user who
 * started them and are forgotten an hour after they started (behind a load balancer, sessions stick to a node).
 */
@Component
public class IndicatorExports {

    static final Duration KEPT = Duration.ofHours(1);

    private final IndicatorPublication publication;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    IndicatorExports(IndicatorPublication publication) {
        this.publication = publication;
    }

    /** A job's state; {@code file} is set once it is done. */
    public static final class Job {
        private final String id;
        private final String user;
        private final String plan;
        private final boolean xlsx;
        private final Instant started = Instant.now();
        private volatile int done;
        private volatile int total;
        private volatile byte[] file;
        private volatile boolean failed;

        Job(String id, String user, String plan, boolean xlsx) {
            this.id = id;
            this.user = user;
            this.plan = plan;
            this.xlsx = xlsx;
        }

        public String id() {
            return id;
        }

        public String plan() {
            return plan;
        }

        public boolean xlsx() {
            return xlsx;
        }

        public int done() {
            return done;
        }

        public int total() {
            return total;
        }

        public boolean finished() {
            return file != null;
        }

        public boolean failed() {
            return failed;
        }

        public byte[] file() {
            return file;
        }

        public String fileName() {
            return "indicatori-" + plan.toLowerCase(java.util.Locale.ROOT) + "-comuni" + (xlsx ? ".xlsx" : ".csv");
        }

        /** 0 to 100; 100 only once the file is ready. */
        public int percent() {
            if (file != null) {
                return 100;
            }
            return total == 0 ? 0 : Math.min(99, done * 100 / total);
        }
    }

    /** Starts the plan's export broken down by Comune; answers as soon as the job is under way. */
    public Mono<Job> start(String plan, boolean xlsx, Actor actor) {
        forgetOld();
        return publication.list(plan).count().map(count -> {
            Job job = new Job(UUID.randomUUID().toString(), actor.userId().value(), plan, xlsx);
            job.total = count.intValue();
            jobs.put(job.id, job);
            publication.template(plan, true, actor, done -> job.done = done)
                    .publishOn(Schedulers.boundedElastic())
                    .map(lines -> xlsx ? Spreadsheets.xlsx("Indicatori", lines) : Spreadsheets.csv(lines))
                    .subscribe(bytes -> job.file = bytes, failure -> job.failed = true);
            return job;
        });
    }

    /** The actor's own job; a job of someone else is not found. */
    public Job find(String id, Actor actor) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.user.equals(actor.userId().value()))
                .orElseThrow(() -> DomainException.notFound("EXPORT_NOT_FOUND", "Esportazione non trovata o scaduta.",
                        "Export not found or expired."));
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> job.started.isBefore(limit));
    }
}
