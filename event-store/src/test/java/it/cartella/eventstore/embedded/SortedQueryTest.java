package it.cartella.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sorted queries on the embedded server (which sorts with {@link SortValuesComparator}) come back in exactly the
 * order the stock H2 backend gives with its own comparator: several fields, both directions, nested paths, missing
 * fields, nulls, mixed types, arrays, ties, skip and limit.
 */
class SortedQueryTest {

    private static final List<Bson> SORTS = List.of(
            Sorts.ascending("openedOn"),
            Sorts.descending("openedOn", "recordedAt", "_id"),
            Sorts.orderBy(Sorts.descending("openedOn"), Sorts.ascending("recordedAt"), Sorts.descending("_id")),
            Sorts.ascending("person.lastName", "_id"),
            Sorts.descending("mixed", "_id"),
            Sorts.ascending("tags", "_id"));

    @Test
    void everySortGivesTheStockOrder(@TempDir Path dir) {
        try (EmbeddedMongoServer embedded = EmbeddedMongoServer.startPersistent(dir, "127.0.0.1", 0);
             StockH2Server stock = StockH2Server.inMemory();
             MongoClient ours = MongoClients.create(embedded.connectionString());
             MongoClient theirs = MongoClients.create(stock.connectionString())) {
            MongoCollection<Document> sorted = ours.getDatabase("t").getCollection("cases");
            MongoCollection<Document> reference = theirs.getDatabase("t").getCollection("cases");
            List<Document> documents = documents();
            sorted.insertMany(documents);
            reference.insertMany(documents);

            for (Bson sort : SORTS) {
                for (int[] page : new int[][]{{0, 0}, {0, 20}, {40, 20}, {190, 20}}) {
                    assertThat(ids(sorted.find().sort(sort).skip(page[0]).limit(page[1])))
                            .as("sort " + sort + ", skip " + page[0] + ", limit " + page[1])
                            .isEqualTo(ids(reference.find().sort(sort).skip(page[0]).limit(page[1])));
                }
                Bson someCases = Filters.in("status", "OPEN", "SUSPENDED");
                assertThat(ids(sorted.find(someCases).sort(sort).limit(15)))
                        .isEqualTo(ids(reference.find(someCases).sort(sort).limit(15)));
            }
        }
    }

    private static List<Document> documents() {
        Random random = new Random(20261122);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Document d = new Document("_id", "case-" + random.nextInt(1_000_000) + "-" + i)
                    .append("status", List.of("OPEN", "CLOSED", "SUSPENDED").get(random.nextInt(3)));
            if (random.nextInt(10) > 0) {
                // Few distinct dates, so that ties fall to the next field.
                d.append("openedOn", "2025-0" + (1 + random.nextInt(3)) + "-1" + random.nextInt(3));
            }
            if (random.nextInt(10) > 1) {
                d.append("recordedAt", new Date(1_700_000_000_000L + random.nextInt(5) * 1000L));
            } else if (random.nextBoolean()) {
                d.append("recordedAt", null);
            }
            if (random.nextBoolean()) {
                d.append("person", new Document("lastName", List.of("Rossi", "Bianchi", "Verdi").get(random.nextInt(3))));
            }
            switch (random.nextInt(5)) {
                case 0 -> d.append("mixed", random.nextInt(4));
                case 1 -> d.append("mixed", (long) random.nextInt(4));
                case 2 -> d.append("mixed", random.nextDouble());
                case 3 -> d.append("mixed", "text-" + random.nextInt(3));
                default -> { }
            }
            if (random.nextBoolean()) {
                d.append("tags", List.of("b" + random.nextInt(3), "a" + random.nextInt(3)));
            }
            documents.add(d);
        }
        return documents;
    }

    private static List<Object> ids(Iterable<Document> found) {
        List<Object> ids = new ArrayList<>();
        found.forEach(d -> ids.add(d.get("_id")));
        return ids;
    }
}
