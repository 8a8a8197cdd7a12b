package it.cartella.command.deadline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import it.cartella.kernel.command.Require;
import it.cartella.kernel.deadline.ClockChange;
import it.cartella.kernel.deadline.DeadlineOwner;
import it.cartella.kernel.deadline.DeadlineRule;
import it.cartella.kernel.deadline.DeadlineRules;
import it.cartella.kernel.deadline.OpenDeadline;
import it.cartella.kernel.deadline.OwnerType;
import it.cartella.kernel.deadline.RuleEffect;
import it.cartella.kernel.id.CaseId;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's due dates in MongoDB. One document per running clock ({@code deadline_clocks}, keyed by clock id, so
 * every stop or move is an {@code _id} lookup), and one document per due day listing the clocks due that day
 * ({@code deadline_due}, keyed by the ISO day). The poller reads only the day documents up to today: on the
 * embedded server nothing but {@code _id} and unique keys is indexed, and the day documents stay few because a day
 * is deleted once nothing in it is left to fire.
 * <p>
 * A clock moves through OPEN (counting), FIRED (the miss is recorded; it stays to be stopped by the awaited fact)
 * and disappears when stopped. Firing is claimed with an atomic {@code findOneAndUpdate} by {@code _id} naming the
 * claiming node and the time, so two nodes never send the same miss together, and a claim left by a node that died
 * is taken over after the lease.
 */
public class DueDateStore {

    static final String CLOCKS = "deadline_clocks";
    static final String DUE_DAYS = "deadline_due";
    static final String META = "deadline_meta";

    private static final String OPEN = "OPEN";
    private static final String FIRED = "FIRED";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> clocks;
    private final MongoCollection<Document> dueDays;
    private final MongoCollection<Document> meta;

    public DueDateStore(MongoDatabase database) {
        Objects.requireNonNull(database, "database");
        this.clocks = database.getCollection(CLOCKS);
        this.dueDays = database.getCollection(DUE_DAYS);
        this.meta = database.getCollection(META);
    }

    void apply(ClockChange change, DeadlineRules rules) {
        if (change instanceof ClockChange.Open open) {
            put(open.deadline());
        } else if (change instanceof ClockChange.Close close) {
            remove(close.clockId());
        } else if (change instanceof ClockChange.Reschedule move) {
            Optional<DeadlineRule> rule = rules.rule(move.ruleId());
            find(move.clockId()).filter(d -> OPEN.equals(d.state())).ifPresent(running -> rule.ifPresent(r ->
                    put(running.deadline().restartedAt(r, move.newStart()))));
        }
    }

    /** The miss was recorded (by this node or another, now or before a restart): nothing left to fire. */
    void fired(String deadlineId) {
        String clockId = clockIdOf(deadlineId);
        Document clock = clocks.findOneAndUpdate(
                Filters.and(Filters.eq("_id", clockId), Filters.eq("deadlineId", deadlineId)),
                Updates.combine(Updates.set("state", FIRED), Updates.unset("claimOwner"), Updates.unset("claimedAt")));
        if (clock != null) {
            unlistDue(clock.getString("dueDay"), clockId);
        }
    }

    /**
     * Recomputes the running clocks of every rule whose version changed since the last start, and remembers the
     * versions. Clocks already fired keep the miss their version recorded.
     *
     * @return how many due dates were recomputed
     */
    public int applyVersions(DeadlineRules rules) {
        Map<String, Integer> versions = rules.versions();
        Document known = meta.find(Filters.eq("_id", "rules")).first();
        if (known != null && new Document(Map.copyOf(versions)).equals(known.get("versions", Document.class))) {
            return 0;
        }
        int recomputed = 0;
        List<Stored> outdated = new ArrayList<>();
        for (Document clock : clocks.find(Filters.eq("state", OPEN))) {
            Stored stored = Stored.from(clock);
            Integer version = versions.get(stored.deadline().ruleId());
            if (version != null && version != stored.deadline().ruleVersion()) {
                outdated.add(stored);
            }
        }
        for (Stored stored : outdated) {
            put(stored.deadline().recomputedWith(rules.rule(stored.deadline().ruleId()).orElseThrow()));
            recomputed++;
        }
        meta.replaceOne(Filters.eq("_id", "rules"),
                new Document("_id", "rules").append("name", rules.name()).append("versions", new Document(
                        Map.copyOf(versions))), UPSERT);
        return recomputed;
    }

    /** The days up to {@code today} that still list clocks, oldest first. */
    List<String> dueDaysUpTo(LocalDate today) {
        List<String> days = new ArrayList<>();
        dueDays.find(Filters.lte("_id", today.toString())).map(d -> d.getString("_id")).into(days);
        days.sort(null);
        return days;
    }

    /** The clocks listed on {@code day}; entries that no longer belong there are dropped. */
    List<Stored> listedOn(String day) {
        Document listed = dueDays.find(Filters.eq("_id", day)).first();
        if (listed == null) {
            return List.of();
        }
        List<Stored> result = new ArrayList<>();
        for (String clockId : listed.getList("clocks", String.class)) {
            Optional<Stored> clock = find(clockId);
            if (clock.isPresent() && OPEN.equals(clock.get().state()) && day.equals(clock.get().dueDay())) {
                result.add(clock.get());
            } else {
                unlistDue(day, clockId);
            }
        }
        dueDays.deleteOne(Filters.and(Filters.eq("_id", day), Filters.size("clocks", 0)));
        return result;
    }

    /**
     * Claims a due clock for this node: succeeds for one caller only, unless an earlier claim is older than
     * {@code lease} (its node died or its command failed).
     */
    Optional<OpenDeadline> claim(String clockId, String deadlineId, String node, Instant now, Duration lease) {
        Bson filter = Filters.and(Filters.eq("_id", clockId), Filters.eq("deadlineId", deadlineId),
                Filters.eq("state", OPEN), Filters.lte("dueAt", Date.from(now)),
                Filters.or(Filters.eq("claimedAt", null), Filters.lt("claimedAt", Date.from(now.minus(lease)))));
        Document claimed = clocks.findOneAndUpdate(filter,
                Updates.combine(Updates.set("claimOwner", node), Updates.set("claimedAt", Date.from(now))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(d -> Stored.from(d).deadline());
    }

    Optional<Stored> find(String clockId) {
        return Optional.ofNullable(clocks.find(Filters.eq("_id", clockId)).first()).map(Stored::from);
    }

    void clear() {
        clocks.deleteMany(new Document());
        dueDays.deleteMany(new Document());
        meta.deleteMany(new Document());
    }

    private void put(OpenDeadline deadline) {
        String day = LocalDate.ofInstant(deadline.dueAt(), Require.ITALY).toString();
        Document previous = clocks.findOneAndReplace(Filters.eq("_id", deadline.clockId()), toDocument(deadline, day),
                new FindOneAndReplaceOptions().upsert(true));
        if (previous != null && !day.equals(previous.getString("dueDay"))) {
            unlistDue(previous.getString("dueDay"), deadline.clockId());
        }
        dueDays.updateOne(Filters.eq("_id", day), Updates.addToSet("clocks", deadline.clockId()),
                new UpdateOptions().upsert(true));
    }

    private void remove(String clockId) {
        Document removed = clocks.findOneAndDelete(Filters.eq("_id", clockId));
        if (removed != null) {
            unlistDue(removed.getString("dueDay"), clockId);
        }
    }

    private void unlistDue(String day, String clockId) {
        dueDays.updateOne(Filters.eq("_id", day), Updates.pull("clocks", clockId));
    }

    /** A deadline id is its clock id and its start, joined by '|'. */
    private static String clockIdOf(String deadlineId) {
        return deadlineId.substring(0, deadlineId.lastIndexOf('|'));
    }

    private static Document toDocument(OpenDeadline d, String day) {
        return new Document("_id", d.clockId())
                .append("deadlineId", d.deadlineId())
                .append("ruleId", d.ruleId())
                .append("ruleVersion", d.ruleVersion())
                .append("effect", d.effect().name())
                .append("caseId", d.caseId().value())
                .append("ownerType", d.owner().type().name())
                .append("ownerId", d.owner().id())
                .append("startAt", Date.from(d.startAt()))
                .append("dueOn", d.dueOn().toString())
                .append("dueAt", Date.from(d.dueAt()))
                .append("dueDay", day)
                .append("state", OPEN);
    }

    /** A stored clock: the deadline, its state and the day it is listed on. */
    record Stored(OpenDeadline deadline, String state, String dueDay) {

        static Stored from(Document d) {
            OpenDeadline deadline = new OpenDeadline(d.getString("deadlineId"), d.getString("_id"),
                    d.getString("ruleId"), d.getInteger("ruleVersion"), RuleEffect.valueOf(d.getString("effect")),
                    CaseId.of(d.getString("caseId")),
                    new DeadlineOwner(OwnerType.valueOf(d.getString("ownerType")), d.getString("ownerId")),
                    d.getDate("startAt").toInstant(), LocalDate.parse(d.getString("dueOn")),
                    d.getDate("dueAt").toInstant());
            return new Stored(deadline, d.getString("state"), d.getString("dueDay"));
        }
    }
}
