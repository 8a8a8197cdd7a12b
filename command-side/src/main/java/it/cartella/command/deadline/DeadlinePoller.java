package it.cartella.command.deadline;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.deadline.OpenDeadline;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Fires due deadlines: claims each one atomically, then tells its owner aggregate, which records the miss once.
 * Several nodes may poll the same database: the claim keeps them from sending together, and the owner's
 * idempotence makes a resend after a lost claim harmless. Polling starts at once, so what fell due while the
 * application was down fires at start-up.
 * <p>
 * It polls only while {@code ready} says the due dates are up to date with the events (the projection caught up),
 * so a fact recorded just before a due date is not overtaken by a stale due date.
 */
public class DeadlinePoller {

    private static final Logger log = LoggerFactory.getLogger(DeadlinePoller.class);

    private final DueDateStore store;
    private final CommandGateway commandGateway;
    private final Clock clock;
    private final String node;
    private final Duration lease;
    private final BooleanSupplier ready;
    private ScheduledExecutorService scheduler;

    public DeadlinePoller(DueDateStore store, CommandGateway commandGateway, Clock clock, String node, Duration lease,
                          BooleanSupplier ready) {
        this.store = Objects.requireNonNull(store, "store");
        this.commandGateway = Objects.requireNonNull(commandGateway, "commandGateway");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.node = Objects.requireNonNull(node, "node");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.ready = Objects.requireNonNull(ready, "ready");
    }

    /** Fires every deadline due now that no other node is firing. @return how many this call fired */
    public int pollOnce() {
        if (!ready.getAsBoolean()) {
            return 0;
        }
        Instant now = clock.instant();
        int fired = 0;
        for (String day : store.dueDaysUpTo(LocalDate.ofInstant(now, Require.ITALY))) {
            for (DueDateStore.Stored due : store.listedOn(day)) {
                OpenDeadline deadline = due.deadline();
                if (deadline.dueAt().isAfter(now)) {
                    continue;
                }
                Optional<OpenDeadline> claimed = store.claim(deadline.clockId(), deadline.deadlineId(), node, now, lease);
                if (claimed.isPresent() && fire(claimed.get())) {
                    fired++;
                }
            }
        }
        return fired;
    }

    private boolean fire(OpenDeadline deadline) {
        try {
            commandGateway.sendAndWait(deadline.owner().type().missedCommand(deadline.owner().id(), deadline.missed()));
            store.fired(deadline.deadlineId());
            return true;
        } catch (RuntimeException e) {
            // Ids and rule only: the owner's id is pseudonymous. The claim lapses after the lease and is retried.
            log.warn("Deadline {} of rule {} not recorded, retried after {}: {}", deadline.deadlineId(),
                    deadline.ruleId(), lease, e.getClass().getSimpleName());
            return false;
        }
    }

    /** Polls now and then every {@code interval}, on a thread of its own. */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "deadline-poller"));
        scheduler.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    private void pollSafely() {
        try {
            pollOnce();
        } catch (RuntimeException e) {
            log.warn("Deadline poll failed, retried at the next one: {}", e.getClass().getSimpleName());
        }
    }
}
