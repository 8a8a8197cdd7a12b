package it.cartella.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Brings a store written before commits had a {@code key} up to date: such a commit's {@code _id} is its key, so it
 * gets a {@code key} equal to its {@code _id} (see {@link CommitDocument}). Runs once per store, before the unique
 * index on the key is built; a note in the counters collection says it was done, so later starts skip the scan.
 * Two nodes doing it at once write the same values.
 */
final class CommitKeys {

    private static final String NOTE_ID = "commit-keys";

    private CommitKeys() {
    }

    static void giveOldCommitsTheirKey(MongoCollection<Document> commits, MongoCollection<Document> counters) {
        if (counters.find(Filters.eq("_id", NOTE_ID)).first() != null) {
            return;
        }
        for (Document old : commits.find(Filters.exists(CommitDocument.KEY, false)).projection(Projections.include("_id"))) {
            commits.updateOne(Filters.eq("_id", old.get("_id")), Updates.set(CommitDocument.KEY, old.get("_id")));
        }
        counters.updateOne(Filters.eq("_id", NOTE_ID), Updates.set("done", true), new UpdateOptions().upsert(true));
    }
}
