package it.cartella.app.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.CartellaEventStorageEngine;
import it.cartella.eventstore.axon.MongoInfrastructure;
import it.cartella.eventstore.serialization.CartellaSerialization;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon without Axon Server: Cartella's own event storage engine on MongoDB, Jackson everywhere (events stay
 * readable JSON and evolve through upcasters), and axon-mongo's token and saga stores wired by hand.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** Sagas and tokens; Axon's auto-configuration would otherwise pick XStream. */
    @Bean
    @Primary
    Serializer serializer() {
        return CartellaSerialization.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return CartellaSerialization.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return CartellaSerialization.serializer();
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoDatabase database, MongoEndpoint endpoint,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ObjectProvider<EventUpcaster> upcasters) {
        return CartellaEventStorageEngine.builder()
                .database(database)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(eventSerializer)
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .durabilityBarrier(endpoint.durabilityBarrier())
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoClient client, CartellaProperties properties, Serializer serializer) {
        return MongoInfrastructure.tokenStore(client, properties.mongodb().database(), serializer);
    }

    @Bean
    SagaStore<Object> sagaStore(MongoClient client, CartellaProperties properties, Serializer serializer) {
        return MongoInfrastructure.sagaStore(client, properties.mongodb().database(), serializer);
    }

    /** Each append is one document, atomic on its own; the embedded server has no transactions to offer anyway. */
    @Bean
    TransactionManager axonTransactionManager() {
        return NoTransactionManager.instance();
    }
}
