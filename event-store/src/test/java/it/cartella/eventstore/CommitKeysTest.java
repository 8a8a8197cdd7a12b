package it.cartella.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A store written before commits had their own key (the key was the {@code _id}) still loads and still conflicts. */
class CommitKeysTest {

    @Test
    void commitsWrittenWithTheKeyAsIdAreLoadedAndStillGuardTheirSequenceNumbers() {
        try (StoreFixture store = new StoreFixture()) {
            MongoCollection<Document> commits = store.database().getCollection(CartellaEventStorageEngine.COMMITS);
            for (long sequence = 0; sequence < 3; sequence++) {
                Document current = CommitDocument.Draft.of(StoreFixture.events("old-case", sequence, 1),
                        StoreFixture.SERIALIZER).at(sequence);
                // As stores were written before: the key as _id, no key field.
                Document old = new Document(current);
                old.put("_id", old.remove(CommitDocument.KEY));
                commits.insertOne(old);
            }
            store.database().getCollection(CartellaEventStorageEngine.COUNTERS)
                    .insertOne(new Document("_id", "events").append("next", 3L));

            CartellaEventStorageEngine engine = store.node();

            assertThat(sequences(engine, "old-case")).containsExactly(0L, 1L, 2L);
            assertThat(commits.find(Filters.eq(CommitDocument.KEY, "old-case:1")).first()).isNotNull();
            assertThatThrownBy(() -> engine.appendEvents(StoreFixture.events("old-case", 2, 1)))
                    .isInstanceOf(ConcurrencyException.class);
            engine.appendEvents(StoreFixture.events("old-case", 3, 1));
            assertThat(sequences(engine, "old-case")).containsExactly(0L, 1L, 2L, 3L);
            // A second engine (a restart) finds the note and leaves the store as it is.
            assertThat(sequences(store.node(), "old-case")).containsExactly(0L, 1L, 2L, 3L);
        }
    }

    private static List<Long> sequences(CartellaEventStorageEngine engine, String aggregateId) {
        return engine.readEvents(aggregateId).asStream().map(DomainEventMessage::getSequenceNumber)
                .collect(Collectors.toList());
    }
}
