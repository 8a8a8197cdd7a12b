package it.cartella.query.worklist;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.deadline.DeadlineRules;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static it.cartella.query.worklist.WorklistDocuments.*;

/**
 * Reads worklists with the reactive driver. A case manager sees the cases they manage; a coordinator also sees
 * every case of the organisations they coordinate. Items are ordered by urgency: the earliest due moment first,
 * so the longest overdue lead.
 */
public class WorklistQueries {

    private final MongoCollection<Document> items;
    private final DeadlineRules rules;
    private final Clock clock;

    public WorklistQueries(MongoDatabase database, DeadlineRules rules, Clock clock) {
        this.items = Objects.requireNonNull(database, "database").getCollection(ITEMS);
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param coordinated the organisations {@code user} coordinates; empty for a case manager
     * @param horizonDays how far ahead to look, in days from today
     * @param language    "it" or "en", for the labels
     */
    public Mono<Worklist> worklist(String user, Collection<String> coordinated, int horizonDays, String language) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Require.ITALY);
        Instant horizon = today.plusDays(horizonDays + 1L).atStartOfDay(Require.ITALY).toInstant();
        Bson mine = coordinated.isEmpty() ? Filters.eq(CASE_MANAGER, user)
                : Filters.or(Filters.eq(CASE_MANAGER, user), Filters.in(ORGANISATION, coordinated));
        Bson filter = Filters.and(mine, Filters.ne(CASE_CLOSED, true), Filters.lt(DUE_AT, Date.from(horizon)));
        return Flux.from(items.find(filter).sort(Sorts.ascending(DUE_AT, ID)))
                .map(d -> item(d, now, today, language))
                .collectList()
                .map(list -> summarise(user, horizonDays, today, list, language));
    }

    /** Every running clock of one case, overdue or not, most urgent first: the case page's due dates. */
    public Mono<List<WorklistItem>> ofCase(String caseId, String language) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Require.ITALY);
        return Flux.from(items.find(Filters.and(Filters.eq(CASE_ID, caseId), Filters.ne(CASE_CLOSED, true)))
                        .sort(Sorts.ascending(DUE_AT, ID)))
                .map(d -> item(d, now, today, language))
                .collectList();
    }

    private WorklistItem item(Document d, Instant now, LocalDate today, String language) {
        String type = d.getString(RULE_ID);
        LocalDate dueOn = LocalDate.parse(d.getString(DUE_ON));
        Instant dueAt = d.getDate(DUE_AT).toInstant();
        return new WorklistItem(type, label(type, language), d.getInteger(RULE_VERSION), d.getString(EFFECT),
                d.getString(CASE_ID), d.getString(OWNER_TYPE) + "/" + d.getString(OWNER_ID),
                d.getString(CASE_MANAGER), dueOn, dueAt, ChronoUnit.DAYS.between(today, dueOn),
                !dueAt.isAfter(now), d.getBoolean(MISSED, false));
    }

    private Worklist summarise(String user, int horizonDays, LocalDate today, List<WorklistItem> list,
                               String language) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (WorklistItem item : list) {
            counts.computeIfAbsent(item.type(), t -> new long[2])[item.overdue() ? 0 : 1]++;
        }
        List<Worklist.TypeCount> byType = new ArrayList<>();
        counts.forEach((type, c) -> byType.add(new Worklist.TypeCount(type, label(type, language), c[0], c[1])));
        long overdue = list.stream().filter(WorklistItem::overdue).count();
        return new Worklist(user, horizonDays, today, overdue, list.size() - overdue, byType, list);
    }

    private String label(String type, String language) {
        return rules.rule(type).map(r -> "en".equalsIgnoreCase(language) ? r.labelEn() : r.labelIt()).orElse(type);
    }
}
