package it.cartella.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import it.cartella.app.audit.AccessLog;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.person.PersonRegistered;
import it.cartella.query.access.CaseAccessProjection;
import it.cartella.query.access.CaseAccessQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access facts (projection and queries), the case view's category filter, and the access log. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    CaseAccessProjection caseAccessProjection(MongoDatabase database) {
        return new CaseAccessProjection(database);
    }

    @Bean
    CaseAccessQueries caseAccessQueries(com.mongodb.reactivestreams.client.MongoDatabase database) {
        return new CaseAccessQueries(database);
    }

    /** The case view copies its personal fields from these events, under the same names. */
    @Bean
    CategoryFilter caseViewFilter(ObjectMapper objectMapper) {
        return new CategoryFilter(PersonalDataFields.of(PersonRegistered.class, CaseOpened.class), objectMapper);
    }

    @Bean
    AccessLog accessLog(MongoDatabase database, ObjectMapper objectMapper) {
        return new AccessLog(database, objectMapper);
    }
}
