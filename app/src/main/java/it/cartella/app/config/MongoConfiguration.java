package it.cartella.app.config;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.DurabilityBarrier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two clients on one database: the synchronous driver for Axon (event store, tokens, sagas, projection writes) and
 * the reactive driver for the read side, so that no HTTP request blocks a Netty thread. Spring Boot's own Mongo
 * auto-configuration is excluded: it would build a third client with other settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CartellaProperties.class)
class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoEndpoint mongoEndpoint(CartellaProperties properties) {
        return MongoEndpoint.open(properties);
    }

    /** What a command waits for before its answer leaves (see {@code DurableCommands}). */
    @Bean
    DurabilityBarrier durabilityBarrier(MongoEndpoint endpoint) {
        return endpoint.durabilityBarrier();
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoEndpoint endpoint) {
        return MongoClients.create(settings(endpoint));
    }

    @Bean(destroyMethod = "close")
    com.mongodb.reactivestreams.client.MongoClient reactiveMongoClient(MongoEndpoint endpoint) {
        return com.mongodb.reactivestreams.client.MongoClients.create(settings(endpoint));
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, CartellaProperties properties) {
        return client.getDatabase(properties.mongodb().database());
    }

    @Bean
    com.mongodb.reactivestreams.client.MongoDatabase reactiveMongoDatabase(
            com.mongodb.reactivestreams.client.MongoClient client, CartellaProperties properties) {
        return client.getDatabase(properties.mongodb().database());
    }

    private static MongoClientSettings settings(MongoEndpoint endpoint) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(endpoint.connectionString()))
                .writeConcern(endpoint.writeConcern())
                .build();
    }
}
