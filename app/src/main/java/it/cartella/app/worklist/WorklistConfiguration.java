package it.cartella.app.worklist;

import com.mongodb.client.MongoDatabase;
import it.cartella.app.config.ProcessRoles;
import it.cartella.kernel.deadline.DeadlinePlanner;
import it.cartella.query.worklist.WorklistProjection;
import it.cartella.query.worklist.WorklistQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.time.Clock;

/** The worklists: written by their projection with the sync driver, read with the reactive one. */
@Configuration(proxyBeanMethods = false)
class WorklistConfiguration {

    /** Recomputes items of changed rules here, before the processor starts. */
    @Bean
    @Profile(ProcessRoles.UNLESS_COMMAND_ONLY)
    WorklistProjection worklistProjection(MongoDatabase database, DeadlinePlanner planner) {
        WorklistProjection projection = new WorklistProjection(database, planner);
        projection.keepItemIds();
        projection.applyVersions();
        return projection;
    }

    @Bean
    WorklistQueries worklistQueries(com.mongodb.reactivestreams.client.MongoDatabase database,
                                    DeadlinePlanner planner, Clock clock) {
        return new WorklistQueries(database, planner.rules(), clock);
    }
}
