package it.cartella.query.worklist;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseManagerAssigned;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.CaseReopened;
import it.cartella.kernel.cases.CaseTransferred;
import it.cartella.kernel.deadline.ClockChange;
import it.cartella.kernel.deadline.DeadlineMissed;
import it.cartella.kernel.deadline.DeadlinePlanner;
import it.cartella.kernel.deadline.DeadlineRule;
import it.cartella.kernel.deadline.DeadlineRules;
import it.cartella.kernel.deadline.OpenDeadline;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static it.cartella.query.worklist.WorklistDocuments.*;

/**
 * The worklists' read model: every running clock with the case's manager and organisation, so that one query
 * answers "what is due for me". It applies the kernel's {@link DeadlinePlanner} to the events, as the command side's
 * engine does, so both agree on every due date without reading each other's store; the engine's recorded misses
 * mark items as missed.
 * <p>
 * A case's events and its clocks' events may arrive in either order: an item copies the case's manager when the
 * case is known, and a case copies itself onto its items when it arrives.
 * <p>
 * Each case's document lists the ids of its items ({@code itemIds}), so that a change of the case reaches its items by
 * id: the embedded server would otherwise read every item of every case to find them, at every case opened, closed or
 * transferred and every deadline missed, which the load benchmark found growing with the store (an id no longer
 * running may stay listed; it matches nothing).
 */
@ProcessingGroup(WorklistProjection.PROCESSING_GROUP)
public class WorklistProjection {

    public static final String PROCESSING_GROUP = "worklist";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final UpdateOptions UPSERT_FIELDS = new UpdateOptions().upsert(true);
    private static final FindOneAndUpdateOptions UPSERT_AND_READ = new FindOneAndUpdateOptions().upsert(true)
            .returnDocument(ReturnDocument.AFTER);
    static final String ITEM_IDS = "itemIds";
    private static final String ITEM_IDS_KEPT = "itemIdsKept";

    private final DeadlinePlanner planner;
    private final MongoCollection<Document> items;
    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> meta;

    public WorklistProjection(MongoDatabase database, DeadlinePlanner planner) {
        Objects.requireNonNull(database, "database");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.items = database.getCollection(ITEMS);
        this.cases = database.getCollection(CASES);
        this.meta = database.getCollection(META);
        // For a real MongoDB; the embedded server scans, which an Ambito's few thousand open items allow.
        items.createIndex(Indexes.ascending(CASE_MANAGER, DUE_AT));
        items.createIndex(Indexes.ascending(ORGANISATION, DUE_AT));
        items.createIndex(Indexes.ascending(CASE_ID));
    }

    /**
     * Lists on each case's document the ids of its items, once, for a worklist projected by a version that did not:
     * called before the processor starts. Idempotent; an empty worklist just gets its marker.
     *
     * @return how many cases got their list
     */
    public int keepItemIds() {
        if (meta.find(Filters.eq(ID, ITEM_IDS_KEPT)).first() != null) {
            return 0;
        }
        Map<String, List<Object>> byCase = new HashMap<>();
        for (Document item : items.find().projection(new Document(CASE_ID, 1))) {
            byCase.computeIfAbsent(item.getString(CASE_ID), caseId -> new ArrayList<>()).add(item.get(ID));
        }
        byCase.forEach((caseId, ids) -> cases.updateOne(Filters.eq(ID, caseId), Updates.addEachToSet(ITEM_IDS, ids),
                UPSERT_FIELDS));
        markItemIdsKept();
        return byCase.size();
    }

    /**
     * Recomputes the items of rules whose version changed since the last start. Called before the processor starts,
     * so it does not race the event handlers.
     *
     * @return how many due dates were recomputed
     */
    public int applyVersions() {
        DeadlineRules rules = planner.rules();
        Document versions = new Document(Map.copyOf(rules.versions()));
        Document known = meta.find(Filters.eq(ID, "rules")).first();
        if (known != null && versions.equals(known.get("versions", Document.class))) {
            return 0;
        }
        List<Document> outdated = new ArrayList<>();
        for (Document item : items.find()) {
            Integer version = versions.getInteger(item.getString(RULE_ID));
            if (version != null && version != item.getInteger(RULE_VERSION)) {
                outdated.add(item);
            }
        }
        for (Document item : outdated) {
            DeadlineRule rule = rules.rule(item.getString(RULE_ID)).orElseThrow();
            OpenDeadline recomputed = WorklistDocuments.deadline(item).recomputedWith(rule);
            items.updateOne(Filters.eq(ID, item.get(ID)), Updates.combine(
                    Updates.set(RULE_VERSION, recomputed.ruleVersion()),
                    Updates.set(DUE_ON, recomputed.dueOn().toString()),
                    Updates.set(DUE_AT, Date.from(recomputed.dueAt()))));
        }
        markRulesApplied(versions);
        return outdated.size();
    }

    private void markRulesApplied(Document versions) {
        meta.replaceOne(Filters.eq(ID, "rules"), new Document(ID, "rules").append("versions", versions), UPSERT);
    }

    private void markItemIdsKept() {
        meta.replaceOne(Filters.eq(ID, ITEM_IDS_KEPT), new Document(ID, ITEM_IDS_KEPT), UPSERT);
    }

    @EventHandler
    void on(CaseOpened event) {
        putCase(event.caseId().value(), event.caseManager().value(), event.owningOrganisation().value());
    }

    @EventHandler
    void on(CaseManagerAssigned event) {
        updateCase(event.caseId().value(), Updates.set(CASE_MANAGER, event.caseManager().value()));
    }

    @EventHandler
    void on(CaseTransferred event) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set(ORGANISATION, event.toOrganisation().value())));
        changes.add(Updates.set(CASE_MANAGER, event.newCaseManager() == null ? null : event.newCaseManager().value()));
        updateCase(event.caseId().value(), Updates.combine(changes));
    }

    @EventHandler
    void on(CaseClosed event) {
        updateCase(event.caseId().value(), Updates.set(CASE_CLOSED, true));
    }

    @EventHandler
    void on(CaseReopened event) {
        updateCase(event.caseId().value(), Updates.set(CASE_CLOSED, false));
    }

    @EventHandler
    void on(DeadlineMissed event) {
        for (Document item : items.find(Filters.in(ID, itemIdsOf(event.caseId().value())))) {
            if (event.deadlineId().equals(item.getString(DEADLINE_ID))) {
                items.updateOne(Filters.eq(ID, item.get(ID)), Updates.set(MISSED, true));
            }
        }
    }

    @EventHandler
    void on(Object event) {
        for (ClockChange change : planner.changesFor(event)) {
            if (change instanceof ClockChange.Open open) {
                put(open.deadline());
            } else if (change instanceof ClockChange.Close close) {
                Document closed = items.findOneAndDelete(Filters.eq(ID, close.clockId()));
                if (closed != null) {
                    cases.updateOne(Filters.eq(ID, closed.getString(CASE_ID)), Updates.pull(ITEM_IDS, close.clockId()));
                }
            } else if (change instanceof ClockChange.Reschedule move) {
                Document running = items.find(Filters.and(Filters.eq(ID, move.clockId()), Filters.ne(MISSED, true)))
                        .first();
                DeadlineRule rule = planner.rules().rule(move.ruleId()).orElse(null);
                if (running != null && rule != null) {
                    put(WorklistDocuments.deadline(running).restartedAt(rule, move.newStart()));
                }
            }
        }
    }

    @ResetHandler
    void reset() {
        items.deleteMany(new Document());
        cases.deleteMany(new Document());
        meta.deleteMany(new Document());
        // The replay computes every item with the rules in force and lists every case's items: the worklist it
        // rebuilds is what these markers say, as after a start (a rebuild once left them out, and the next start
        // recomputed and relisted everything for nothing).
        markRulesApplied(new Document(Map.copyOf(planner.rules().versions())));
        markItemIdsKept();
    }

    private void put(OpenDeadline deadline) {
        Document item = WorklistDocuments.item(deadline);
        // Listed first: a case arriving meanwhile finds the item, or the item finds the case.
        Document owner = cases.findOneAndUpdate(Filters.eq(ID, deadline.caseId().value()),
                Updates.addToSet(ITEM_IDS, deadline.clockId()), UPSERT_AND_READ);
        item.append(CASE_MANAGER, owner == null ? null : owner.getString(CASE_MANAGER))
                .append(ORGANISATION, owner == null ? null : owner.getString(ORGANISATION))
                .append(CASE_CLOSED, owner != null && owner.getBoolean(CASE_CLOSED, false));
        items.replaceOne(Filters.eq(ID, deadline.clockId()), item, UPSERT);
    }

    private void putCase(String caseId, String caseManager, String organisation) {
        Bson fields = Updates.combine(Updates.set(CASE_MANAGER, caseManager), Updates.set(ORGANISATION, organisation),
                Updates.set(CASE_CLOSED, false));
        Document known = cases.findOneAndUpdate(Filters.eq(ID, caseId), fields, UPSERT_AND_READ);
        updateItems(known, fields);
    }

    private void updateCase(String caseId, Bson change) {
        updateItems(cases.findOneAndUpdate(Filters.eq(ID, caseId), change, new FindOneAndUpdateOptions()
                .returnDocument(ReturnDocument.AFTER)), change);
    }

    private void updateItems(Document knownCase, Bson change) {
        List<Object> ids = knownCase == null ? List.of() : knownCase.getList(ITEM_IDS, Object.class, List.of());
        if (!ids.isEmpty()) {
            items.updateMany(Filters.in(ID, ids), change);
        }
    }

    private List<Object> itemIdsOf(String caseId) {
        Document known = cases.find(Filters.eq(ID, caseId)).first();
        return known == null ? List.of() : known.getList(ITEM_IDS, Object.class, List.of());
    }
}
