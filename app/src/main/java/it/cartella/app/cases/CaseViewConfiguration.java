package it.cartella.app.cases;

import com.mongodb.client.MongoDatabase;
import it.cartella.query.cases.CaseProjection;
import it.cartella.query.cases.CaseQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case view: written by its projection with the sync driver, read with the reactive one. */
@Configuration(proxyBeanMethods = false)
class CaseViewConfiguration {

    @Bean
    CaseProjection caseProjection(MongoDatabase database) {
        return new CaseProjection(database);
    }

    @Bean
    CaseQueries caseQueries(com.mongodb.reactivestreams.client.MongoDatabase database) {
        return new CaseQueries(database);
    }
}
