package it.cartella.app.operations;

import it.cartella.kernel.error.DomainException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds a read model from the events: the processor stops, its tokens go back to the start (its reset handler
 * empties the read model) and it replays while the application keeps running. Progress is what the processor
 * reports: the position it reached of the position it had reached (the head of the store) when it was reset. On one node only: with
 * several nodes, stop the processor on the others first (Axon resets only a processor no node is running).
 * <p>
 * The stop, reset and start run on a thread of their own, never on the caller's: stopping a tracking processor
 * waits for its worker threads, and a request thread (a Netty event loop) must never wait.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    /** The read models an administrator may rebuild: each empties itself on reset and is idempotent on replay. */
    static final List<String> REBUILDABLE = List.of("case-view", "case-file", "worklist", "indicator-facts");

    private final EventProcessingConfiguration processing;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    /** The latest rebuild of each read model on this node. */
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ProjectionRebuilds(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    enum Stage { RESETTING, REPLAYING, FAILED }

    private record Job(String id, Stage stage) {
    }

    /**
     * @param stage   RESETTING (stopping and resetting), REPLAYING, CURRENT (caught up) or FAILED
     * @param position the position the processor's slowest segment reached
     * @param target  the position the processor had reached when it was reset: the end of the replay
     * @param percent 0 to 100; 100 once every segment has replayed up to where the store was at the reset
     */
    public record Progress(String name, String jobId, String stage, boolean replaying, long position, long target,
                           int percent) {
    }

    public List<Progress> all() {
        return REBUILDABLE.stream().filter(name -> processing.eventProcessor(name).isPresent())
                .map(this::progress).toList();
    }

    /**
     * Starts rebuilding that read model and answers at once; {@link #progress} follows it. A rebuild asked for
     * while one of the same read model runs is that one.
     */
    public Progress rebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        Job[] created = new Job[1];
        jobs.compute(name, (key, running) -> running != null && running.stage() == Stage.RESETTING ? running
                : (created[0] = new Job(UUID.randomUUID().toString(), Stage.RESETTING)));
        if (created[0] != null) {
            worker.execute(() -> reset(name, processor, created[0]));
        }
        return progress(name);
    }

    private void reset(String name, StreamingEventProcessor processor, Job job) {
        try {
            processor.shutDown();
            processor.resetTokens();
            jobs.put(name, new Job(job.id(), Stage.REPLAYING));
        } catch (RuntimeException e) {
            log.error("Rebuild of {} failed", name, e);
            jobs.put(name, new Job(job.id(), Stage.FAILED));
        } finally {
            // Running again in any case: a failed reset leaves the read model as it was, still followed.
            processor.start();
        }
    }

    public Progress progress(String name) {
        StreamingEventProcessor processor = processor(name);
        Job job = jobs.get(name);
        String jobId = job == null ? null : job.id();
        if (job != null && job.stage() == Stage.RESETTING) {
            return new Progress(name, jobId, Stage.RESETTING.name(), true, 0, 0, 0);
        }
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1)).min().orElse(-1);
        if (job != null && job.stage() == Stage.FAILED) {
            return new Progress(name, jobId, Stage.FAILED.name(), false, Math.max(position, 0),
                    Math.max(position, 0), 0);
        }
        // Done when every segment has caught up with the store and reached where the store was at the reset. Not
        // when Axon stops calling it a replay: a segment stays "replaying" until an event beyond the reset position
        // arrives, which on a quiet store may be never. Just started again, before its segments are claimed, it is
        // not done either.
        boolean done = !segments.isEmpty() && segments.stream().allMatch(s -> s.isCaughtUp()
                && s.getCurrentPosition().orElse(-1) >= s.getResetPosition().orElse(-1));
        long target = segments.stream().map(EventTrackerStatus::getResetPosition).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max().orElse(position);
        int percent = done ? 100
                : target <= 0 ? 0 : (int) Math.max(0, Math.min(99, Math.max(position, 0) * 100 / target));
        return new Progress(name, jobId, done ? "CURRENT" : Stage.REPLAYING.name(), !done,
                Math.max(position, 0), Math.max(target, 0), percent);
    }

    private StreamingEventProcessor processor(String name) {
        if (!REBUILDABLE.contains(name)) {
            throw unknown();
        }
        EventProcessor processor = processing.eventProcessor(name).orElseThrow(ProjectionRebuilds::unknown);
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.supportsReset()) {
            throw unknown();
        }
        return streaming;
    }

    private static DomainException unknown() {
        return DomainException.notFound("PROJECTION_NOT_FOUND", "Vista non ricostruibile o inesistente.",
                "No such rebuildable read model.");
    }
}
