package it.cartella.eventstore.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.embedded.EmbeddedMongoServer;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One in-memory embedded MongoDB per test JVM, started on first use and stopped when the JVM exits. Test classes
 * isolate themselves with a fresh database each instead of a server each: starting servers is what makes suites slow.
 */
public final class TestMongo {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestMongo() {
    }

    private static final class Holder {
        static final EmbeddedMongoServer SERVER = EmbeddedMongoServer.startInMemory();
        static final MongoClient CLIENT = MongoClients.create(SERVER.connectionString());

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                CLIENT.close();
                SERVER.close();
            }, "test-mongo-shutdown"));
        }
    }

    public static String connectionString() {
        return Holder.SERVER.connectionString();
    }

    public static MongoClient client() {
        return Holder.CLIENT;
    }

    /** A database name no other test in this JVM uses. */
    public static String freshDatabaseName() {
        return "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    }

    public static MongoDatabase freshDatabase() {
        return client().getDatabase(freshDatabaseName());
    }
}
