package it.cartella.app.operations;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Shares the tracking processors' segments among the nodes on one database. Axon without Axon Server lets the first
 * node claim every segment it has threads for and never gives one back while it lives: a second node would only wait
 * for the first to die. So every node says it is alive in {@code cluster_nodes}, counts the live nodes, and when it
 * holds more than its fair share of all segments (rounded up) releases one, from the processor where it holds most,
 * for long enough that a node with fewer claims it from the token store. Only nodes running the same processors
 * count for each other (a command-only node and a query-only node share nothing). One segment per round keeps
 * the moves gentle; a node alone keeps everything. A node that dies stops saying so: its claims expire in the token store
 * and the others take its segments over, as Axon does.
 */
@Component
class SegmentBalancer implements SmartLifecycle {

    static final String NODES = "cluster_nodes";
    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final String SEEN_AT = "seenAt";
    private static final String PROCESSORS = "processors";
    /** Heartbeats missed before a node counts as gone. */
    private static final int MISSED_BEATS = 3;

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final MongoCollection<Document> nodes;
    private final Duration interval;
    private final Environment environment;
    private volatile String nodeId;
    private volatile ScheduledExecutorService scheduler;

    SegmentBalancer(EventProcessingConfiguration processing, TokenStore tokenStore, MongoDatabase database,
                    @Value("${cartella.cluster.balance-interval:PT10S}") Duration interval, Environment environment) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.nodes = database.getCollection(NODES);
        this.interval = interval;
        this.environment = environment;
    }

    /**
     * Host and HTTP port: the same for a node restarted in place, so that after a kill it takes over its own
     * heartbeat instead of counting its previous life as another node (and giving segments away to nobody).
     */
    private String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    @Override
    public void start() {
        nodeId = nodeName();
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::balanceQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        if (running != null) {
            running.shutdownNow();
            scheduler = null;
            nodes.deleteOne(Filters.eq("_id", nodeId));
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) {
            // The database may be briefly unreachable; the next round tries again.
            log.warn("Segment balancing skipped this round: {}", e.toString());
        }
    }

    void balance() {
        Instant now = Instant.now();
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        // Nodes share with the nodes that run the same processors: a command node and a query node run others.
        String runs = processors.stream().map(StreamingEventProcessor::getName).sorted()
                .collect(Collectors.joining(","));
        nodes.replaceOne(Filters.eq("_id", nodeId), new Document("_id", nodeId).append(SEEN_AT, Date.from(now))
                .append(PROCESSORS, runs), new ReplaceOptions().upsert(true));
        long liveNodes = Math.max(1, nodes.countDocuments(Filters.and(Filters.eq(PROCESSORS, runs),
                Filters.gte(SEEN_AT, Date.from(now.minus(interval.multipliedBy(MISSED_BEATS)))))));
        int allSegments = processors.stream().mapToInt(p -> tokenStore.fetchSegments(p.getName()).length).sum();
        int mine = processors.stream().mapToInt(p -> p.processingStatus().size()).sum();
        long fairShare = (allSegments + liveNodes - 1) / liveNodes;
        if (mine <= fairShare) {
            return;
        }
        processors.stream()
                .filter(p -> !p.processingStatus().isEmpty())
                .max(Comparator.comparingInt((StreamingEventProcessor p) -> p.processingStatus().size()))
                .ifPresent(this::releaseOne);
    }

    private void releaseOne(StreamingEventProcessor processor) {
        int segment = processor.processingStatus().keySet().stream().max(Integer::compare).orElseThrow();
        log.info("Releasing segment {} of {} to another node: this node holds more than its share", segment,
                processor.getName());
        // Long enough for another node (which retries every token claim interval, 5 s) to take it first.
        processor.releaseSegment(segment, interval.multipliedBy(MISSED_BEATS).toMillis(), TimeUnit.MILLISECONDS);
    }
}
