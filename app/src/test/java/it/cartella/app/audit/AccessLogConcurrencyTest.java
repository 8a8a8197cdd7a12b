package it.cartella.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.testing.TestMongo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appends arriving together share one insert, and still make one chain: two nodes (two logs on one database), each
 * with eight threads appending single entries and whole list pages at once, leave every entry in the chain exactly
 * once, in an order that verifies, with each caller's page kept together and in its order.
 */
class AccessLogConcurrencyTest {

    @Test
    void concurrentAppendsOfTwoNodesMakeOneUnbrokenChain() throws Exception {
        MongoDatabase database = TestMongo.client().getDatabase(TestMongo.freshDatabaseName());
        AccessLog first = new AccessLog(database, new ObjectMapper().findAndRegisterModules());
        AccessLog second = new AccessLog(database, new ObjectMapper().findAndRegisterModules());
        ExecutorService users = Executors.newFixedThreadPool(16);
        List<Future<List<AccessLogEntry>>> answers = new ArrayList<>();
        try {
            for (int u = 0; u < 16; u++) {
                AccessLog node = u % 2 == 0 ? first : second;
                String user = "user-" + u;
                answers.add(users.submit(() -> {
                    List<AccessLogEntry> mine = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        if (i % 5 == 0) {
                            List<AccessLogEntry> page = new ArrayList<>();
                            for (int row = 0; row < 20; row++) {
                                page.add(draft(user, "case-" + row, "READ_LIST"));
                            }
                            List<AccessLogEntry> sealed = node.appendAll(page);
                            for (int row = 1; row < sealed.size(); row++) {
                                assertThat(sealed.get(row).sequence()).as("a page stays together, in order")
                                        .isEqualTo(sealed.get(row - 1).sequence() + 1);
                                assertThat(sealed.get(row).caseId()).isEqualTo("case-" + row);
                            }
                            mine.addAll(sealed);
                        } else {
                            mine.add(node.append(Instant.now(), user, "comune-098031", List.of("CASE_MANAGER"),
                                    "READ_DETAIL", "case-" + i, null, "presa in carico", List.of("SOCIAL"),
                                    "OWNER", AccessLogEntry.Outcome.ALLOWED));
                        }
                    }
                    return mine;
                }));
            }
            Set<Long> sequences = new HashSet<>();
            int entries = 0;
            for (Future<List<AccessLogEntry>> answer : answers) {
                for (AccessLogEntry entry : answer.get()) {
                    assertThat(sequences.add(entry.sequence())).as("sequence " + entry.sequence() + " given once")
                            .isTrue();
                    entries++;
                }
            }
            int expected = 16 * (4 * 20 + 16);
            assertThat(entries).isEqualTo(expected);
            ChainVerification chain = first.verify();
            assertThat(chain.intact()).isTrue();
            assertThat(chain.verified()).isEqualTo(expected);
            assertThat(database.getCollection(AccessLog.COLLECTION).countDocuments()).isEqualTo(expected);
        } finally {
            users.shutdownNow();
        }
    }

    private static AccessLogEntry draft(String user, String caseId, String action) {
        return new AccessLogEntry(0, Instant.now(), user, "comune-098031", List.of("CASE_MANAGER"), action, caseId,
                null, "presa in carico", List.of("SOCIAL"), "OWNER", AccessLogEntry.Outcome.ALLOWED, null, null);
    }
}
