package it.cartella.app.deadline;

import com.mongodb.client.MongoDatabase;
import it.cartella.app.config.ProcessRoles;
import it.cartella.command.deadline.DeadlinePoller;
import it.cartella.command.deadline.DueDateProjection;
import it.cartella.command.deadline.DueDateStore;
import it.cartella.kernel.deadline.DeadlinePlanner;
import it.cartella.kernel.deadline.DeadlineRules;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The deadline engine: the rules in force, the due-date projection (a tracking processor) and the poller that fires
 * due deadlines, started with the application and stopped before it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlineConfiguration {

    /** The time every deadline and worklist reads; a test replaces it with a {@code @Primary} one. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DeadlinePlanner deadlinePlanner(DeadlineProperties properties) {
        return new DeadlinePlanner(DeadlineRules.load(properties.rules()));
    }

    /** Recomputes due dates of changed rules here, before any processor starts, so it races no event handler. */
    @Bean
    DueDateStore dueDateStore(MongoDatabase database, DeadlinePlanner planner) {
        DueDateStore store = new DueDateStore(database);
        store.applyVersions(planner.rules());
        return store;
    }

    /** The deadline engine is command-side: it runs where commands are handled, not on a query-only node. */
    @Bean
    @Profile(ProcessRoles.UNLESS_QUERY_ONLY)
    DueDateProjection dueDateProjection(DeadlinePlanner planner, DueDateStore store) {
        return new DueDateProjection(planner, store);
    }

    @Bean
    @Profile(ProcessRoles.UNLESS_QUERY_ONLY)
    DeadlinePoller deadlinePoller(DueDateStore store, CommandGateway commandGateway, Clock clock,
                                  DeadlineProperties properties,
                                  ObjectProvider<EventProcessingConfiguration> eventProcessing) {
        String node = properties.nodeId() == null || properties.nodeId().isBlank()
                ? UUID.randomUUID().toString() : properties.nodeId();
        return new DeadlinePoller(store, commandGateway, clock, node, properties.lease(),
                () -> caughtUp(eventProcessing.getObject()));
    }

    @Bean
    @Profile(ProcessRoles.UNLESS_QUERY_ONLY)
    SmartLifecycle deadlinePolling(DeadlinePoller poller, DeadlineProperties properties) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                poller.start(properties.pollInterval());
                running = true;
            }

            @Override
            public void stop() {
                poller.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    /** True once the due-date projection holds a segment and has processed every event stored so far. */
    private static boolean caughtUp(EventProcessingConfiguration eventProcessing) {
        return eventProcessing.eventProcessor(DueDateProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .filter(status -> !status.isEmpty())
                .map(Map::values)
                .map(statuses -> statuses.stream().allMatch(EventTrackerStatus::isCaughtUp))
                .orElse(false);
    }
}
