package it.cartella.app.cases;

import com.mongodb.client.MongoDatabase;
import it.cartella.app.config.ProcessRoles;
import it.cartella.query.cases.CaseFileProjection;
import it.cartella.query.cases.CaseFileQueries;
import it.cartella.query.cases.CaseProjection;
import it.cartella.query.cases.CaseQueries;
import it.cartella.query.timeline.CaseTimeline;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The case view (list) and the case file (detail, person history), written by their projections with the sync
 * driver and read with the reactive one, and the timeline, read from the event store.
 */
@Configuration(proxyBeanMethods = false)
class CaseViewConfiguration {

    /** Projections run on query nodes (and on a node that is both), never on a command-only node. */
    @Bean
    @Profile(ProcessRoles.UNLESS_COMMAND_ONLY)
    CaseProjection caseProjection(MongoDatabase database) {
        return new CaseProjection(database);
    }

    @Bean
    @Profile(ProcessRoles.UNLESS_COMMAND_ONLY)
    CaseFileProjection caseFileProjection(MongoDatabase database) {
        CaseFileProjection projection = new CaseFileProjection(database);
        // Here, before the processor starts: case files projected before people were listed get their lists.
        projection.listPeople();
        return projection;
    }

    @Bean
    CaseFileQueries caseFileQueries(com.mongodb.reactivestreams.client.MongoDatabase database) {
        return new CaseFileQueries(database);
    }

    @Bean
    CaseTimeline caseTimeline(EventStore eventStore, CaseFileQueries caseFileQueries) {
        return new CaseTimeline(eventStore, caseFileQueries);
    }

    @Bean
    CaseQueries caseQueries(com.mongodb.reactivestreams.client.MongoDatabase database) {
        return new CaseQueries(database);
    }
}
