package it.cartella.bench;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;

import java.util.concurrent.TimeUnit;

/**
 * Times a new tracking processor reading the whole store from its start into {@link CaseCounterProjection}.
 * The processor is built directly, not through Axon's {@code Configurer}: the benchmark starts and stops it
 * explicitly, and no update checker is started.
 */
final class CatchUp {

    /**
     * @param timing   the events that reached the projection in the timed window, and the window
     * @param complete whether the whole store was read before the time limit
     */
    record Result(Timing timing, boolean complete) {
    }

    private CatchUp() {
    }

    static Result run(EngineUnderTest engine, String label, long storeEvents, BenchOptions options)
            throws InterruptedException {
        CaseCounterProjection projection =
                new CaseCounterProjection(engine.database().getCollection("projection_" + label));
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name("catchup_" + label)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(projection).build())
                .messageSource(engine.eventStore())
                .tokenStore(engine.tokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(options.processorBatchSize())
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .build();
        long limit = TimeUnit.SECONDS.toNanos(options.catchUpLimitSeconds());
        long begin = System.nanoTime();
        long elapsed;
        long events;
        try (Progress.Ticker ticker = Progress.ticker(() -> projection.written() + " of " + storeEvents + " projected")) {
            processor.start();
            do {
                Thread.sleep(2);
                events = projection.written();
                elapsed = System.nanoTime() - begin;
            } while (events < storeEvents && elapsed < limit);
        } finally {
            processor.shutDown();
        }
        boolean complete = events == storeEvents;
        if (complete && projection.countedInDatabase() != storeEvents) {
            throw new IllegalStateException(engine.name() + ": the projection counted "
                    + projection.countedInDatabase() + " events of " + storeEvents);
        }
        return new Result(new Timing(events, elapsed), complete);
    }
}
