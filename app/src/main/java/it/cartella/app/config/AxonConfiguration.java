package it.cartella.app.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import it.cartella.app.command.CommandSender;
import it.cartella.eventstore.CartellaEventStorageEngine;
import it.cartella.eventstore.axon.MongoInfrastructure;
import it.cartella.eventstore.privacy.PersonalDataSerializer;
import it.cartella.eventstore.privacy.SubjectKeyStore;
import it.cartella.eventstore.serialization.CartellaSerialization;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
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

    /** Per-person keys: destroying one erases that person's personal data in events, snapshots and sagas. */
    @Bean
    SubjectKeyStore subjectKeyStore(MongoDatabase database) {
        return new SubjectKeyStore(database);
    }

    /**
     * Sagas and tokens; Axon's auto-configuration would otherwise pick XStream. Personal data a saga keeps is
     * encrypted like that of events; tokens hold none, so for them this is plain Jackson.
     */
    @Bean
    @Primary
    Serializer serializer(SubjectKeyStore keys) {
        return new PersonalDataSerializer(CartellaSerialization.serializer(), keys);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return CartellaSerialization.serializer();
    }

    /** Events and snapshots: every {@code @PersonalData} value is stored encrypted with its subject's key. */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(SubjectKeyStore keys) {
        return new PersonalDataSerializer(CartellaSerialization.serializer(), keys);
    }

    /**
     * On shutdown the engine voids the global positions it reserved but did not use, so readers need not wait. It
     * appends without flushing: a command waits for the flush once, after all its writes ({@code DurableCommands}).
     */
    @Bean(destroyMethod = "shutDown")
    CartellaEventStorageEngine eventStorageEngine(MongoDatabase database,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ObjectProvider<EventUpcaster> upcasters) {
        return CartellaEventStorageEngine.builder()
                .database(database)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(eventSerializer)
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
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

    /**
     * Every event records what caused it: the id of the message that caused it ({@code causationId}) and of the
     * first message of the chain ({@code traceId}), Axon's own origin data, under names that leave
     * {@code correlationId} to the request's correlation id.
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider("causationId", "traceId");
    }

    /** Every event records who acted, for which organisation and role, and in which request. */
    @Bean
    CorrelationDataProvider actorProvider() {
        return new SimpleCorrelationDataProvider(CommandSender.ACTOR, CommandSender.ORGANISATION, CommandSender.ROLE,
                CommandSender.CORRELATION_ID);
    }

    /** Each append is one document, atomic on its own; the embedded server has no transactions to offer anyway. */
    @Bean
    TransactionManager axonTransactionManager() {
        return NoTransactionManager.instance();
    }
}
