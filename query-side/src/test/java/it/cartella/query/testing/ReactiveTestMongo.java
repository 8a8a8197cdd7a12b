package it.cartella.query.testing;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import it.cartella.eventstore.testing.TestMongo;

/**
 * The reactive driver's view of {@link TestMongo}'s shared server, for the query classes that read reactively: one
 * client per test JVM, like the synchronous one, closed when the JVM ends.
 */
public final class ReactiveTestMongo {

    private static MongoClient client;

    private ReactiveTestMongo() {
    }

    /** The database of that name, as the synchronous {@code TestMongo.client().getDatabase(name)} sees it. */
    public static synchronized MongoDatabase database(String name) {
        if (client == null) {
            client = MongoClients.create(TestMongo.connectionString());
        }
        return client.getDatabase(name);
    }
}
