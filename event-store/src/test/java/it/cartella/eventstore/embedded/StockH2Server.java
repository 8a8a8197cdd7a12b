package it.cartella.eventstore.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * mongo-java-server with its stock H2 backend, as Cartella ran it before its own embedded backend: to write a data
 * directory in the old formats, or to compare answers with the stock code.
 */
final class StockH2Server implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private StockH2Server(MVStore store) {
        server = new MongoServer(new H2Backend(store));
        address = server.bind();
    }

    /** The stock server on the data file of {@code dataDir}, where the embedded server keeps its data. */
    static StockH2Server onDataDirectory(Path dataDir) {
        return new StockH2Server(new MVStore.Builder()
                .fileName(dataDir.resolve(EmbeddedMongoServer.DATA_FILE).toString()).open());
    }

    /** The stock server with its data in memory. */
    static StockH2Server inMemory() {
        return new StockH2Server(MVStore.open(null));
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** Stops the server; its backend commits and closes the store. */
    @Override
    public void close() {
        server.shutdownNow();
    }
}
