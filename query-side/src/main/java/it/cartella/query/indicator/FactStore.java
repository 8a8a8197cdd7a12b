package it.cartella.query.indicator;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The facts, and what the fact projection must remember to complete them: each case's person, household, Comune,
 * organisation and macro-area, and each episode's case, service and fund. Everything is keyed by {@code _id}, so every
 * write is idempotent and every lookup is an equality on {@code _id} (fast on the embedded server too).
 */
public class FactStore {

    static final String FACTS = "indicator_facts";
    static final String CASES = "indicator_fact_cases";
    static final String EPISODES = "indicator_fact_episodes";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> facts;
    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> episodes;

    public FactStore(MongoDatabase database) {
        Objects.requireNonNull(database, "database");
        this.facts = database.getCollection(FACTS);
        this.cases = database.getCollection(CASES);
        this.episodes = database.getCollection(EPISODES);
    }

    void save(Fact fact) {
        facts.replaceOne(Filters.eq("_id", fact.id()), fact.toDocument(), UPSERT);
    }

    Optional<CaseContext> caseContext(String caseId) {
        return Optional.ofNullable(caseId == null ? null : cases.find(Filters.eq("_id", caseId)).first())
                .map(CaseContext::from);
    }

    void saveCase(CaseContext context) {
        cases.replaceOne(Filters.eq("_id", context.caseId()), context.toDocument(), UPSERT);
    }

    Optional<Episode> episode(String episodeId) {
        return Optional.ofNullable(episodes.find(Filters.eq("_id", episodeId)).first()).map(Episode::from);
    }

    void saveEpisode(Episode episode) {
        episodes.replaceOne(Filters.eq("_id", episode.id()), episode.toDocument(), UPSERT);
    }

    /** Every stored fact, in no particular order: what a back-fill reads. */
    public void forEachFact(Consumer<Fact> action) {
        facts.find().forEach(d -> action.accept(Fact.from(d)));
    }

    public long countFacts() {
        return facts.countDocuments();
    }

    void clear() {
        facts.deleteMany(new Document());
        cases.deleteMany(new Document());
        episodes.deleteMany(new Document());
    }

    /** What a case's later facts inherit; a transfer changes the Comune and organisation from then on. */
    record CaseContext(String caseId, String personId, String householdId, String comune, String organisation,
                       String macroArea) {

        CaseContext movedTo(String newComune, String newOrganisation) {
            return new CaseContext(caseId, personId, householdId, newComune, newOrganisation, macroArea);
        }

        Document toDocument() {
            return new Document("_id", caseId).append("personId", personId).append("householdId", householdId)
                    .append("comune", comune).append("organisation", organisation).append("macroArea", macroArea);
        }

        static CaseContext from(Document d) {
            return new CaseContext(d.getString("_id"), d.getString("personId"), d.getString("householdId"),
                    d.getString("comune"), d.getString("organisation"), d.getString("macroArea"));
        }
    }

    /** An intervention, discharge, traineeship or plan: the case it belongs to, and its service and fund. */
    record Episode(String id, String caseId, String service, String fundingSource) {

        Document toDocument() {
            return new Document("_id", id).append("caseId", caseId).append("service", service)
                    .append("fundingSource", fundingSource);
        }

        static Episode from(Document d) {
            return new Episode(d.getString("_id"), d.getString("caseId"), d.getString("service"),
                    d.getString("fundingSource"));
        }
    }
}
