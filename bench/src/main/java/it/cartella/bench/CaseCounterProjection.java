package it.cartella.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A read model of one counter document per case. The processor hands it a batch of events in one unit of work; the
 * projection gathers the batch's changes per case and writes them with one bulk write when the unit of work
 * commits, as a real projection on MongoDB should.
 */
final class CaseCounterProjection {

    private final MongoCollection<Document> counters;
    private final String batchResource;
    private final AtomicLong written = new AtomicLong();

    CaseCounterProjection(MongoCollection<Document> counters) {
        this.counters = counters;
        this.batchResource = CaseCounterProjection.class.getName() + "@" + System.identityHashCode(this);
    }

    @EventHandler
    void on(CaseRecorded event) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Map<String, Change> batch = unitOfWork.getOrComputeResource(batchResource, key -> {
            Map<String, Change> changes = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(committing -> write(changes));
            return changes;
        });
        batch.computeIfAbsent(event.caseId(), id -> new Change()).add(event);
    }

    /** Events whose changes reached the database. */
    long written() {
        return written.get();
    }

    /** The sum of all counters: equals the number of events handled when no update was lost. */
    long countedInDatabase() {
        long total = 0;
        for (Document counter : counters.find()) {
            total += counter.getInteger("events");
        }
        return total;
    }

    private void write(Map<String, Change> changes) {
        List<WriteModel<Document>> updates = new ArrayList<>(changes.size());
        int events = 0;
        for (Map.Entry<String, Change> change : changes.entrySet()) {
            updates.add(new UpdateOneModel<>(
                    Filters.eq("_id", change.getKey()),
                    Updates.combine(Updates.inc("events", change.getValue().events),
                            Updates.set("lastServiceCode", change.getValue().lastServiceCode)),
                    new UpdateOptions().upsert(true)));
            events += change.getValue().events;
        }
        counters.bulkWrite(updates, new BulkWriteOptions().ordered(false));
        written.addAndGet(events);
    }

    private static final class Change {
        private int events;
        private String lastServiceCode;

        void add(CaseRecorded event) {
            events++;
            lastServiceCode = event.serviceCode();
        }
    }
}
