package it.cartella.eventstore.axon;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;

/**
 * axon-mongo's token store, saga store and dead-letter queue, wired by hand: axon-mongo 4.12.0 has no Spring
 * Boot 3 auto-configuration for a setup like ours. All three run without MongoDB transactions (the embedded
 * server has none), which is why each is given Axon's {@link NoTransactionManager}.
 */
public final class MongoInfrastructure {

    private MongoInfrastructure() {
    }

    public static MongoTemplate template(MongoClient client, String database) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, database).build();
    }

    public static TokenStore tokenStore(MongoClient client, String database, Serializer serializer) {
        MongoTokenStore tokenStore = MongoTokenStore.builder()
                .mongoTemplate(template(client, database))
                .serializer(serializer)
                .transactionManager(NoTransactionManager.INSTANCE)
                .ensureIndexes(true)
                .build();
        return tokenStore;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static SagaStore<Object> sagaStore(MongoClient client, String database, Serializer serializer) {
        MongoTemplate template = template(client, database);
        // The store looks sagas up by identifier; a unique index turns that into a key lookup on both servers.
        template.sagaCollection().createIndex(Indexes.ascending("sagaIdentifier"), new IndexOptions().unique(true));
        template.sagaCollection().createIndex(Indexes.ascending("sagaType", "associations.key", "associations.value"));
        SagaStore store = MongoSagaStore.builder()
                .mongoTemplate(template)
                .serializer(serializer)
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
        return (SagaStore<Object>) store;
    }

    public static SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(
            String processingGroup, MongoClient client, String database, Serializer serializer) {
        return MongoSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(processingGroup)
                .mongoTemplate(template(client, database))
                .serializer(serializer)
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
    }
}
