package it.cartella.bench;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/** The embedded server with its H2 backend in a file, as the application runs it. */
final class BenchServer implements AutoCloseable {

    private final MongoServer server;

    private BenchServer(MongoServer server) {
        this.server = server;
    }

    static BenchServer startPersistent(Path dataDir) {
        MongoServer server = new MongoServer(new H2Backend(dataDir.resolve("cartella.mv").toString()));
        server.bind("127.0.0.1", 0);
        return new BenchServer(server);
    }

    String connectionString() {
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
