package it.cartella.eventstore.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries narrowed by the embedded server's non-unique indexes ({@link IndexedQueries}) answer exactly as the stock
 * server does by reading every document: the same documents, in the same order, the same counts, through random
 * inserts, updates (of indexed fields too: to another value, to an array, to nothing), replacements and deletions,
 * and again after a restart, when the indexes are filled anew.
 */
class IndexedQueryTest {

    private static final List<String> ORGS = List.of("ORG-1", "ORG-2", "ORG-3", "ORG-4", "ORG-5");
    private static final List<String> MANAGERS = List.of("as.comune1", "as.comune2", "coord.udp");
    private static final List<String> STATUSES = List.of("OPEN", "CLOSED", "SUSPENDED");
    private static final List<ObjectId> REFS = List.of(new ObjectId(), new ObjectId(), new ObjectId());
    private static final List<Bson> SORTS = List.of(
            Sorts.descending("openedOn", "_id"), Sorts.ascending("status"), Sorts.ascending("_id"));

    private final Random random = new Random(20261123);
    private int nextId;

    @Test
    void narrowedQueriesAnswerAsTheStockServerDoes(@TempDir Path dir) {
        try (StockH2Server stock = StockH2Server.inMemory();
             MongoClient theirs = MongoClients.create(stock.connectionString())) {
            MongoCollection<Document> reference = theirs.getDatabase("t").getCollection("cases");
            try (EmbeddedMongoServer embedded = EmbeddedMongoServer.startPersistent(dir, "127.0.0.1", 0);
                 MongoClient ours = MongoClients.create(embedded.connectionString())) {
                MongoCollection<Document> indexed = ours.getDatabase("t").getCollection("cases");
                for (MongoCollection<Document> cases : List.of(indexed, reference)) {
                    cases.createIndex(Indexes.ascending("org"));
                    cases.createIndex(Indexes.ascending("manager", "dueAt"));
                    cases.createIndex(Indexes.ascending("tags"));
                    cases.createIndex(Indexes.ascending("ref"));
                    cases.createIndex(Indexes.ascending("sealed"));
                    cases.createIndex(Indexes.ascending("person.id"));
                }
                List<Document> first = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    first.add(document());
                }
                indexed.insertMany(first);
                reference.insertMany(first);

                for (int round = 0; round < 25; round++) {
                    write(indexed, reference);
                    compareQueries(indexed, reference, 30);
                }
                assertThat(embedded.narrowedQueries("t", "cases"))
                        .as("queries the indexes narrowed")
                        .isGreaterThan(400);
                // No entry left behind by a change or a deletion: a stale one would cost a read, never a wrong answer.
                for (String field : List.of("org", "manager", "tags", "ref", "sealed")) {
                    String index = field.equals("manager") ? "manager_1_dueAt_1" : field + "_1";
                    assertThat(embedded.indexEntries("t", "cases", index)).as(index)
                            .isEqualTo(entries(reference, field));
                }
            }
            try (EmbeddedMongoServer restarted = EmbeddedMongoServer.startPersistent(dir, "127.0.0.1", 0);
                 MongoClient ours = MongoClients.create(restarted.connectionString())) {
                MongoCollection<Document> indexed = ours.getDatabase("t").getCollection("cases");
                compareQueries(indexed, reference, 100);
                write(indexed, reference);
                compareQueries(indexed, reference, 50);
                assertThat(restarted.narrowedQueries("t", "cases")).isGreaterThan(50);
            }
        }
    }

    @Test
    void anOrganisationsCasesAreReadWithoutTheOthers(@TempDir Path dir) {
        try (EmbeddedMongoServer embedded = EmbeddedMongoServer.startPersistent(dir, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoCollection<Document> cases = client.getDatabase("t").getCollection("cases");
            cases.createIndex(Indexes.ascending("org"));
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                documents.add(new Document("_id", "case-" + i).append("org", ORGS.get(i % 5)).append("n", i));
            }
            cases.insertMany(documents);

            Bson scope = Filters.and(Filters.gte("n", 0),
                    Filters.or(Filters.in("org", "ORG-2", "ORG-3"), Filters.in("_id", "case-4", "case-999")));
            assertThat(cases.countDocuments(scope)).isEqualTo(41);
            assertThat(cases.find(scope).sort(Sorts.descending("n")).limit(3).map(d -> d.get("_id")))
                    .containsExactly("case-97", "case-96", "case-92");
            cases.updateOne(Filters.eq("_id", "case-97"), Updates.set("org", List.of("ORG-1", "ORG-9")));
            assertThat(cases.countDocuments(Filters.eq("org", "ORG-9"))).isEqualTo(1);
            assertThat(cases.countDocuments(scope)).isEqualTo(40);
            assertThat(embedded.narrowedQueries("t", "cases")).isEqualTo(4);

            // Nothing to narrow on: every document is read, as before.
            assertThat(cases.countDocuments(Filters.or(Filters.eq("org", "ORG-2"), Filters.gt("n", 95)))).isEqualTo(23);
            assertThat(cases.countDocuments(Filters.eq("org", Pattern.compile("ORG-[12]")))).isEqualTo(41);
            assertThat(embedded.narrowedQueries("t", "cases")).isEqualTo(4);
        }
    }

    private void compareQueries(MongoCollection<Document> indexed, MongoCollection<Document> reference, int queries) {
        for (int q = 0; q < queries; q++) {
            Bson filter = filter(0);
            Bson sort = random.nextInt(4) == 0 ? null : SORTS.get(random.nextInt(SORTS.size()));
            int skip = random.nextInt(3) == 0 ? random.nextInt(20) : 0;
            int limit = random.nextInt(3) == 0 ? 1 + random.nextInt(15) : 0;
            String what = "filter " + filter.toBsonDocument() + ", sort " + sort + ", skip " + skip + ", limit " + limit;
            assertThat(ids(indexed.find(filter).sort(sort).skip(skip).limit(limit))).as(what)
                    .isEqualTo(ids(reference.find(filter).sort(sort).skip(skip).limit(limit)));
            CountOptions page = new CountOptions().skip(skip).limit(limit);
            assertThat(indexed.countDocuments(filter, page)).as("count, " + what)
                    .isEqualTo(reference.countDocuments(filter, page));
        }
    }

    /** The same random write on both collections. */
    private void write(MongoCollection<Document> indexed, MongoCollection<Document> reference) {
        Bson where = leaf();
        switch (random.nextInt(7)) {
            case 0 -> {
                List<Document> more = List.of(document(), document(), document());
                indexed.insertMany(more);
                reference.insertMany(more);
            }
            case 1 -> {
                Bson change = switch (random.nextInt(4)) {
                    case 0 -> Updates.set("org", pick(ORGS));
                    case 1 -> Updates.set("org", List.of(pick(ORGS), pick(ORGS)));
                    case 2 -> Updates.unset("org");
                    default -> Updates.set("tags", List.of(pick(STATUSES), 7));
                };
                indexed.updateMany(where, change);
                reference.updateMany(where, change);
            }
            case 2 -> {
                indexed.deleteMany(where);
                reference.deleteMany(where);
            }
            case 3 -> {
                Document replacement = document().append("_id", "c-" + random.nextInt(nextId));
                Bson same = Filters.eq("_id", replacement.get("_id"));
                indexed.replaceOne(same, replacement);
                reference.replaceOne(same, replacement);
            }
            case 4 -> {
                Bson change = Updates.set("manager", pick(MANAGERS));
                indexed.findOneAndUpdate(where, change);
                reference.findOneAndUpdate(where, change);
            }
            case 5 -> {
                Bson change = Updates.set("sealed", random.nextBoolean());
                indexed.updateMany(where, change);
                reference.updateMany(where, change);
            }
            default -> {
                Bson change = Updates.set("ref", pick(REFS));
                indexed.updateMany(where, change);
                reference.updateMany(where, change);
            }
        }
    }

    private Document document() {
        Document d = new Document("_id", "c-" + nextId++)
                .append("status", pick(STATUSES))
                .append("openedOn", "2026-0" + (1 + random.nextInt(3)) + "-1" + random.nextInt(3))
                .append("n", random.nextInt(50));
        switch (random.nextInt(6)) {
            case 0 -> { }
            case 1 -> d.append("org", null);
            case 2 -> d.append("org", List.of(pick(ORGS), pick(ORGS)));
            case 3 -> d.append("org", 3);
            default -> d.append("org", pick(ORGS));
        }
        if (random.nextInt(4) > 0) {
            d.append("manager", pick(MANAGERS)).append("dueAt", random.nextInt(10));
        }
        if (random.nextBoolean()) {
            d.append("tags", List.of(pick(STATUSES), pick(ORGS)));
        }
        if (random.nextBoolean()) {
            d.append("ref", pick(REFS));
        }
        if (random.nextBoolean()) {
            d.append("person", new Document("id", "p-" + random.nextInt(5)));
        }
        switch (random.nextInt(4)) {
            case 0 -> d.append("sealed", true);
            case 1 -> d.append("sealed", false);
            case 2 -> d.append("sealed", 1);
            default -> { }
        }
        return d;
    }

    private Bson filter(int depth) {
        int kind = random.nextInt(depth > 1 ? 1 : 5);
        return switch (kind) {
            case 0 -> leaf();
            case 1 -> Filters.and(filter(depth + 1), filter(depth + 1));
            case 2 -> Filters.or(filter(depth + 1), filter(depth + 1));
            case 3 -> new Document("org", pick(ORGS)).append("status", pick(STATUSES));
            default -> Filters.and(Filters.or(Filters.in("org", pick(ORGS), pick(ORGS)),
                    Filters.in("_id", "c-" + random.nextInt(nextId), "c-nobody")), Filters.nin("_id", "c-1"));
        };
    }

    private Bson leaf() {
        String field = pick(List.of("org", "manager", "tags", "ref", "_id", "status", "person.id", "sealed"));
        Object value = switch (field) {
            case "manager" -> pick(MANAGERS);
            case "tags" -> pick(random.nextBoolean() ? STATUSES : ORGS);
            case "ref" -> pick(REFS);
            case "_id" -> "c-" + random.nextInt(nextId + 5);
            case "status" -> pick(STATUSES);
            case "person.id" -> "p-" + random.nextInt(5);
            case "sealed" -> random.nextBoolean();
            default -> random.nextInt(8) == 0 ? "ORG-none" : pick(ORGS);
        };
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> Filters.eq(field, value);
            case 3, 4 -> Filters.in(field, value, pick(ORGS));
            case 5 -> Filters.ne(field, value);
            case 6 -> random.nextBoolean() ? Filters.eq(field, null) : Filters.eq(field, 3);
            default -> new Document(field, new Document("$in", List.of(value)).append("$exists", true));
        };
    }

    /** The (document, value) pairs an index on the field holds: strings and object ids, alone or in an array. */
    private static long entries(MongoCollection<Document> cases, String field) {
        long entries = 0;
        for (Document d : cases.find()) {
            Object value = d.get(field);
            List<?> values = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
            entries += values.stream().filter(v -> v instanceof String || v instanceof ObjectId || v instanceof Boolean)
                    .distinct().count();
        }
        return entries;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<Object> ids(Iterable<Document> found) {
        List<Object> ids = new ArrayList<>();
        found.forEach(d -> ids.add(d.get("_id")));
        return ids;
    }
}
