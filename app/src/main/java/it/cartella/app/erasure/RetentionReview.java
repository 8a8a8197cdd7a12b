package it.cartella.app.erasure;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * Every night, lists the persons whose retention period has ended and keeps the list for the DPO (collection
 * {@value #COLLECTION}, one document per day). It erases nothing by itself: erasure is the DPO's decision, taken
 * with {@code POST /api/privacy/erasures}. The log gives the count only.
 */
@Component
class RetentionReview {

    static final String COLLECTION = "retention_reviews";

    private static final Logger log = LoggerFactory.getLogger(RetentionReview.class);

    private final Retention retention;
    private final MongoDatabase database;

    RetentionReview(Retention retention, MongoDatabase database) {
        this.retention = retention;
        this.database = database;
    }

    @Scheduled(cron = "${cartella.retention.review-cron:0 30 2 * * *}", zone = "Europe/Rome")
    void review() {
        LocalDate today = LocalDate.now(Erasure.ITALY);
        List<String> expired = retention.expired(today).collectList().block();
        database.getCollection(COLLECTION).replaceOne(new Document("_id", today.toString()),
                new Document("_id", today.toString()).append("at", new Date()).append("expired", expired),
                new ReplaceOptions().upsert(true));
        log.info("Retention review: {} persons past their retention period, listed for the DPO", expired.size());
    }
}
