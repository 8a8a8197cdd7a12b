package it.cartella.app.config;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import it.cartella.eventstore.DurabilityBarrier;
import it.cartella.eventstore.embedded.EmbeddedMongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MongoEndpointTest {

    @Test
    void aRealMongoDbIsWrittenToWithMajorityAndJournalAndNothingStartsLocally(@TempDir Path dataDir) {
        CartellaProperties properties = new CartellaProperties(
                new CartellaProperties.Mongodb("mongodb://db.example.invalid:27017/?replicaSet=rs0", "cartella", 0),
                dataDir);

        try (MongoEndpoint endpoint = MongoEndpoint.open(properties)) {
            assertThat(endpoint.connectionString()).isEqualTo("mongodb://db.example.invalid:27017/?replicaSet=rs0");
            assertThat(endpoint.writeConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
            assertThat(endpoint.durabilityBarrier()).isSameAs(DurabilityBarrier.NONE);
        }
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void withoutAUriTheEmbeddedServerKeepsItsDataInTheDataDirectory(@TempDir Path dataDir) {
        CartellaProperties properties = new CartellaProperties(
                new CartellaProperties.Mongodb(null, "cartella", 0), dataDir.resolve("data"));

        try (MongoEndpoint endpoint = MongoEndpoint.open(properties);
             MongoClient client = MongoClients.create(endpoint.connectionString())) {
            assertThat(endpoint.connectionString()).startsWith("mongodb://127.0.0.1:");
            assertThat(endpoint.durabilityBarrier()).isNotSameAs(DurabilityBarrier.NONE);
            client.getDatabase("cartella").getCollection("probe").insertOne(new Document("_id", 1));
            endpoint.durabilityBarrier().awaitDurable();
        }
        assertThat(dataDir.resolve("data").resolve(EmbeddedMongoServer.DATA_FILE)).isNotEmptyFile();
    }
}
