package it.cartella.app.demo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Date;
import java.util.List;

/**
 * Loads each demo data set that this database has not seen yet, in order, and marks it loaded. The marker is
 * written after the set, so an interrupted load is retried on the next start rather than silently left half done.
 */
public class DemoLoader {

    static final String MARKERS = "demo_data_sets";

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final List<DemoDataSet> dataSets;
    private final MongoCollection<Document> markers;

    public DemoLoader(List<DemoDataSet> dataSets, MongoDatabase database) {
        this.dataSets = List.copyOf(dataSets);
        this.markers = database.getCollection(MARKERS);
    }

    /** @return how many sets were loaded now */
    public int loadMissing() {
        int loaded = 0;
        for (DemoDataSet dataSet : dataSets) {
            if (markers.find(Filters.eq("_id", dataSet.name())).first() != null) {
                continue;
            }
            dataSet.load();
            mark(dataSet);
            log.info("Demo data set '{}' loaded", dataSet.name());
            loaded++;
        }
        return loaded;
    }

    private void mark(DemoDataSet dataSet) {
        markers.insertOne(new Document("_id", dataSet.name()).append("loadedAt", new Date()));
    }
}
