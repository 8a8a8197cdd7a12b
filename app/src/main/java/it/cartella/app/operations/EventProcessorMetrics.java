package it.cartella.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * How far each tracking processor is behind the event store, as Prometheus gauges: the number operators watch to
 * know whether read models, indicators and deadlines are current, and how a projection rebuild progresses.
 */
@Component
class EventProcessorMetrics {

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final MeterRegistry registry;

    EventProcessorMetrics(EventProcessingConfiguration processing, EventStorageEngine events, MeterRegistry registry) {
        this.processing = processing;
        this.events = events;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("cartella.event.processor.lag", streaming, this::lag)
                        .description("Positions of the event store this processor has still to handle; 0 when caught up")
                        .baseUnit("events").tag("processor", name).register(registry);
                Gauge.builder("cartella.event.processor.caught.up", streaming, p -> caughtUp(p) ? 1 : 0)
                        .description("1 when every segment this node processes has caught up with the event store")
                        .tag("processor", name).register(registry);
            }
        });
    }

    private double lag(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        if (segments.isEmpty() || caughtUp(processor)) {
            return 0;
        }
        TrackingToken head = events.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        long slowest = segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(-1))
                .min().orElse(-1);
        return Math.max(0, headPosition - slowest);
    }

    private static boolean caughtUp(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        return !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
    }
}
