package it.cartella.app.indicator;

import com.mongodb.client.MongoDatabase;
import it.cartella.app.config.ProcessRoles;
import it.cartella.query.indicator.Backfills;
import it.cartella.query.indicator.FactProjection;
import it.cartella.query.indicator.FactStore;
import it.cartella.query.indicator.IndicatorCatalog;
import it.cartella.query.indicator.IndicatorQueries;
import it.cartella.query.indicator.IndicatorRows;
import it.cartella.query.indicator.Plans;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The indicator engine: the fact projection (tracking processor {@code indicator-facts}), the catalogue of versions,
 * back-fills on one background thread (they compete with requests for the CPU, so one at a time), and the shipped
 * definitions of the three Piani di Zona, stored at start-up when absent.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorConfiguration {

    @Bean
    Plans plans() {
        return Plans.standard();
    }

    @Bean
    FactStore factStore(MongoDatabase database) {
        return new FactStore(database);
    }

    @Bean
    IndicatorCatalog indicatorCatalog(MongoDatabase database) {
        return new IndicatorCatalog(database);
    }

    @Bean
    IndicatorRows indicatorRows(MongoDatabase database, IndicatorCatalog catalog) {
        return new IndicatorRows(database, catalog);
    }

    @Bean
    @Profile(ProcessRoles.UNLESS_COMMAND_ONLY)
    FactProjection factProjection(FactStore factStore, IndicatorRows rows) {
        return new FactProjection(factStore, rows);
    }

    @Bean
    IndicatorQueries indicatorQueries(com.mongodb.reactivestreams.client.MongoDatabase database) {
        return new IndicatorQueries(database);
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService backfillExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "indicator-backfill");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    Backfills backfills(FactStore factStore, IndicatorRows rows, IndicatorCatalog catalog,
                        ExecutorService backfillExecutor) {
        return new Backfills(factStore, rows, catalog, backfillExecutor);
    }

    @Bean
    IndicatorPublication indicatorPublication(IndicatorQueries queries, Plans plans,
                                              @Value("${cartella.indicator.suppression-threshold:5}") int threshold) {
        return new IndicatorPublication(queries, plans, threshold);
    }

    /** Before the demo data, so the demo's facts reach the shipped versions as they arrive. */
    @Bean
    @Order(0)
    ApplicationRunner shippedIndicators(Plans plans, IndicatorCatalog catalog, Backfills backfills) {
        return arguments -> {
            backfills.resumeUnfinished();
            plans.shipped().forEach(definition -> catalog.addIfAbsent(definition).ifPresent(backfills::start));
        };
    }
}
