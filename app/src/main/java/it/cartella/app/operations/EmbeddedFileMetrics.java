package it.cartella.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import it.cartella.app.config.MongoEndpoint;
import it.cartella.eventstore.embedded.FileUsage;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The embedded database's file as Prometheus metrics: its size, the live data in it, and the compaction runs. Disk
 * is what a single-machine Ambito runs out of first; the two sizes tell an operator whether a large file is data or
 * space the compaction has still to recover. Nothing is registered on a real MongoDB, which has its own metrics. The
 * gauges hold their source strongly: Micrometer's default weak reference would let a method reference be collected
 * and the gauges read NaN.
 */
@Component
class EmbeddedFileMetrics {

    EmbeddedFileMetrics(MongoEndpoint endpoint, MeterRegistry registry) {
        register(endpoint::embeddedFileUsage, registry);
    }

    static void register(Supplier<Optional<FileUsage>> usage, MeterRegistry registry) {
        if (usage.get().isEmpty()) {
            return;
        }
        gauge(registry, usage, "cartella.embedded.file.size", "The size of the embedded database's file",
                FileUsage::fileBytes);
        gauge(registry, usage, "cartella.embedded.file.live", "The live data in the embedded database's file (an "
                + "estimate); the rest is space its compaction recovers", FileUsage::liveBytes);
        Gauge.builder("cartella.embedded.file.compactions", usage,
                        u -> u.get().map(FileUsage::compactionRuns).orElse(0L))
                .description("Compaction runs of the embedded database's file that rewrote something, since start")
                .strongReference(true).register(registry);
    }

    private static void gauge(MeterRegistry registry, Supplier<Optional<FileUsage>> usage, String name,
                              String description, ToDoubleFunction<FileUsage> value) {
        Gauge.builder(name, usage, u -> u.get().map(value::applyAsDouble).orElse(Double.NaN))
                .description(description).baseUnit("bytes").strongReference(true).register(registry);
    }
}
