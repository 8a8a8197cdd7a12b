package it.cartella.query.cases;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import it.cartella.kernel.cases.AssessmentRecorded;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseManagerAssigned;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.CaseReopened;
import it.cartella.kernel.cases.CaseTransferred;
import it.cartella.kernel.cases.MonitoringRecorded;
import it.cartella.kernel.cases.NoteRecorded;
import it.cartella.kernel.cases.TeamFormed;
import it.cartella.kernel.cases.TeamMeetingRecorded;
import it.cartella.kernel.contact.ContactLinked;
import it.cartella.kernel.discharge.DischargeCareActivated;
import it.cartella.kernel.discharge.HospitalDischargeRecorded;
import it.cartella.kernel.discharge.ProtectedDischargeStarted;
import it.cartella.kernel.discharge.ReadmissionRecorded;
import it.cartella.kernel.household.HouseholdMemberAdded;
import it.cartella.kernel.household.HouseholdRegistered;
import it.cartella.kernel.intervention.DeliveryRecorded;
import it.cartella.kernel.intervention.InterventionActivated;
import it.cartella.kernel.intervention.InterventionEnded;
import it.cartella.kernel.pais.PaisDrafted;
import it.cartella.kernel.pais.PaisSigned;
import it.cartella.kernel.tirocinio.TirocinioActivated;
import it.cartella.kernel.tirocinio.TirocinioAttendanceRecorded;
import it.cartella.kernel.tirocinio.TirocinioCompleted;
import it.cartella.kernel.tirocinio.TirocinioExtended;
import it.cartella.kernel.tirocinio.TirocinioInterrupted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the case file ({@link CaseFile}) from the events of the case and of the aggregates linked to it: plans,
 * interventions, traineeships, protected discharges, contacts, and the household's members.
 * <p>
 * Idempotent by construction: each case file remembers the last sequence number it applied of every aggregate that
 * touched it, and skips what it has already applied, so a re-delivered event, even one that adds to a count, changes
 * nothing. Events of a linked aggregate that do not name the case find it through a link written by the aggregate's
 * first event, which always comes before the others. Each change reads and rewrites one document by its id.
 */
@ProcessingGroup(CaseFileProjection.PROCESSING_GROUP)
public class CaseFileProjection {

    public static final String PROCESSING_GROUP = "case-file";

    static final String FILES = "case_file";
    static final String LINKS = "case_file_links";
    static final String HOUSEHOLDS = "case_file_households";
    static final String SEQUENCES = "appliedSequences";
    /** Each person's cases, by person id: what a person's history reads instead of every case file. */
    static final String PEOPLE = "case_file_people";
    static final String CASE_IDS = "caseIds";
    private static final String META = "case_file_meta";
    private static final String PEOPLE_LISTED = "peopleListed";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> files;
    private final MongoCollection<Document> links;
    private final MongoCollection<Document> households;
    private final MongoCollection<Document> people;
    private final MongoCollection<Document> meta;
    private final CaseFileChanges changes = new CaseFileChanges();

    public CaseFileProjection(MongoDatabase database) {
        Objects.requireNonNull(database, "database");
        this.files = database.getCollection(FILES);
        this.links = database.getCollection(LINKS);
        this.households = database.getCollection(HOUSEHOLDS);
        this.people = database.getCollection(PEOPLE);
        this.meta = database.getCollection(META);
    }

    /**
     * Lists each person's cases ({@link #PEOPLE}) and each household's cases, once, for case files projected by a
     * version that did not: called before the processor starts. Idempotent; marked done in {@code case_file_meta}.
     *
     * @return how many case files were read to list them (0 when already listed)
     */
    public int listPeople() {
        if (meta.find(Filters.eq("_id", PEOPLE_LISTED)).first() != null) {
            return 0;
        }
        int read = 0;
        for (Document file : files.find().projection(Projections.include("involved", "householdId"))) {
            String caseId = file.getString("_id");
            file.getList("involved", String.class, List.of()).forEach(person -> listCase(person, List.of(caseId)));
            if (file.getString("householdId") != null) {
                households.updateOne(Filters.eq("_id", file.getString("householdId")),
                        Updates.addToSet(CASE_IDS, caseId), new UpdateOptions().upsert(true));
            }
            read++;
        }
        meta.replaceOne(Filters.eq("_id", PEOPLE_LISTED), new Document("_id", PEOPLE_LISTED), UPSERT);
        return read;
    }

    @EventHandler
    void on(CaseOpened e, @SequenceNumber long sequence) {
        String caseId = e.caseId().value();
        change(caseId, caseId, sequence, file -> {
            changes.opened(file, e);
            if (e.householdId() != null) {
                // Listed on the household first: members added meanwhile reach this file one way or the other.
                Document household = households.findOneAndUpdate(Filters.eq("_id", e.householdId().value()),
                        Updates.addToSet(CASE_IDS, caseId), new FindOneAndUpdateOptions().upsert(true)
                                .returnDocument(ReturnDocument.AFTER));
                household.getList("members", String.class, List.of()).forEach(file.involved::add);
            }
        });
    }

    @EventHandler
    void on(CaseManagerAssigned e, @SequenceNumber long sequence) {
        onCase(e.caseId().value(), sequence, file -> changes.assigned(file, e));
    }

    @EventHandler
    void on(AssessmentRecorded e, @SequenceNumber long sequence) {
        onCase(e.caseId().value(), sequence, file -> changes.assessed(file, e));
    }

    @EventHandler
    void on(TeamFormed e, @SequenceNumber long sequence) {
        onCase(e.caseId().value(), sequence, file -> changes.teamFormed(file, e));
    }

    @EventHandler
    void on(TeamMeetingRecorded e, @SequenceNumber long sequence) {
        onCase(e.caseId().value(), sequence, file -> changes.teamMet(file, e));
    }

    @EventHandler
    void on(MonitoringRecorded e, @SequenceNumber long sequence) {
        onCase(e.caseId().value(), sequence, file -> changes.monitored(file, e));
    }

    @EventHandler
    void on(NoteRecorded e, @SequenceNumber long sequence) {
        onCase(e.caseId().value(), sequence, file -> changes.noted(file, e));
    }

    @EventHandler
    void on(CaseClosed e, @SequenceNumber long sequence) {
        onCase(e.caseId().value(), sequence, file -> changes.closed(file, e));
    }

    @EventHandler
    void on(CaseReopened e, @SequenceNumber long sequence) {
        onCase(e.caseId().value(), sequence, file -> changes.reopened(file, e));
    }

    @EventHandler
    void on(CaseTransferred e, @SequenceNumber long sequence) {
        onCase(e.caseId().value(), sequence, file -> changes.transferred(file, e));
    }

    @EventHandler
    void on(PaisDrafted e, @SequenceNumber long sequence) {
        link(e.paisId().value(), e.caseId().value());
        change(e.caseId().value(), e.paisId().value(), sequence, file -> changes.drafted(file, e));
    }

    @EventHandler
    void on(PaisSigned e, @SequenceNumber long sequence) {
        change(e.caseId().value(), e.paisId().value(), sequence, file -> changes.signed(file, e));
    }

    @EventHandler
    void on(InterventionActivated e, @SequenceNumber long sequence) {
        link(e.interventionId().value(), e.caseId().value());
        change(e.caseId().value(), e.interventionId().value(), sequence, file -> changes.activated(file, e));
    }

    @EventHandler
    void on(DeliveryRecorded e, @SequenceNumber long sequence) {
        onLinked(e.interventionId().value(), sequence, file -> changes.delivered(file, e));
    }

    @EventHandler
    void on(InterventionEnded e, @SequenceNumber long sequence) {
        onLinked(e.interventionId().value(), sequence, file -> changes.ended(file, e));
    }

    @EventHandler
    void on(TirocinioActivated e, @SequenceNumber long sequence) {
        link(e.tirocinioId().value(), e.caseId().value());
        change(e.caseId().value(), e.tirocinioId().value(), sequence, file -> changes.activated(file, e));
    }

    @EventHandler
    void on(TirocinioAttendanceRecorded e, @SequenceNumber long sequence) {
        onLinked(e.tirocinioId().value(), sequence, file -> changes.attended(file, e));
    }

    @EventHandler
    void on(TirocinioExtended e, @SequenceNumber long sequence) {
        onLinked(e.tirocinioId().value(), sequence, file -> changes.extended(file, e));
    }

    @EventHandler
    void on(TirocinioCompleted e, @SequenceNumber long sequence) {
        onLinked(e.tirocinioId().value(), sequence, file -> changes.completed(file, e));
    }

    @EventHandler
    void on(TirocinioInterrupted e, @SequenceNumber long sequence) {
        onLinked(e.tirocinioId().value(), sequence, file -> changes.interrupted(file, e));
    }

    @EventHandler
    void on(ProtectedDischargeStarted e, @SequenceNumber long sequence) {
        link(e.dischargeId().value(), e.caseId().value());
        change(e.caseId().value(), e.dischargeId().value(), sequence, file -> changes.started(file, e));
    }

    @EventHandler
    void on(HospitalDischargeRecorded e, @SequenceNumber long sequence) {
        onLinked(e.dischargeId().value(), sequence, file -> changes.discharged(file, e));
    }

    @EventHandler
    void on(DischargeCareActivated e, @SequenceNumber long sequence) {
        onLinked(e.dischargeId().value(), sequence, file -> changes.careActivated(file, e));
    }

    @EventHandler
    void on(ReadmissionRecorded e, @SequenceNumber long sequence) {
        onLinked(e.dischargeId().value(), sequence, file -> changes.readmission(file, e));
    }

    @EventHandler
    void on(ContactLinked e, @SequenceNumber long sequence) {
        if (e.caseId() != null) {
            change(e.caseId().value(), e.contactId().value(), sequence, file -> changes.contactLinked(file, e));
        }
    }

    @EventHandler
    void on(HouseholdRegistered e) {
        addMembers(e.householdId().value(), e.members().stream().map(m -> m.person().value()).toList());
    }

    @EventHandler
    void on(HouseholdMemberAdded e) {
        addMembers(e.householdId().value(), e.member() == null ? List.of() : List.of(e.member().person().value()));
    }

    @ResetHandler
    void reset() {
        files.deleteMany(new Document());
        links.deleteMany(new Document());
        households.deleteMany(new Document());
        people.deleteMany(new Document());
    }

    /**
     * A household's members are kept as a set of person ids, and copied into the files of the household's cases:
     * adding one twice changes nothing, and whichever of the household and the case comes first, both end complete.
     */
    private void addMembers(String householdId, List<String> personIds) {
        Document household = households.findOneAndUpdate(Filters.eq("_id", householdId),
                Updates.addEachToSet("members", personIds), new FindOneAndUpdateOptions().upsert(true)
                        .returnDocument(ReturnDocument.AFTER));
        List<String> caseIds = household.getList(CASE_IDS, String.class, List.of());
        if (!personIds.isEmpty() && !caseIds.isEmpty()) {
            files.updateMany(Filters.in("_id", caseIds), Updates.addEachToSet("involved", personIds));
            personIds.forEach(person -> listCase(person, caseIds));
        }
    }

    private void listCase(String personId, List<String> caseIds) {
        people.updateOne(Filters.eq("_id", personId), Updates.addEachToSet(CASE_IDS, caseIds),
                new UpdateOptions().upsert(true));
    }

    private void link(String aggregateId, String caseId) {
        links.replaceOne(Filters.eq("_id", aggregateId), new Document("_id", aggregateId).append("caseId", caseId),
                UPSERT);
    }

    private void onCase(String caseId, long sequence, Consumer<CaseFile> change) {
        change(caseId, caseId, sequence, change);
    }

    private void onLinked(String aggregateId, long sequence, Consumer<CaseFile> change) {
        Document link = links.find(Filters.eq("_id", aggregateId)).first();
        if (link != null) {
            change(link.getString("caseId"), aggregateId, sequence, change);
        }
    }

    private void change(String caseId, String aggregateId, long sequence, Consumer<CaseFile> change) {
        Document stored = files.find(Filters.eq("_id", caseId)).first();
        Map<String, Object> applied = new HashMap<>();
        CaseFile file;
        if (stored == null) {
            file = new CaseFile();
            file.caseId = caseId;
        } else {
            file = CaseFileStorage.read(stored, CaseFile.class);
            applied.putAll(stored.get(SEQUENCES, Document.class));
        }
        Object last = applied.get(aggregateId);
        if (last != null && ((Number) last).longValue() >= sequence) {
            return;  // applied already: a re-delivery after a restart
        }
        Set<String> involvedBefore = new HashSet<>(file.involved);
        change.accept(file);
        // Listed before the file is written: a re-delivery after a crash lists again, a written file is never unlisted.
        file.involved.stream().filter(person -> !involvedBefore.contains(person))
                .forEach(person -> listCase(person, List.of(caseId)));
        applied.put(aggregateId, sequence);
        Document document = CaseFileStorage.write(file).append("_id", caseId).append(SEQUENCES, new Document(applied));
        files.replaceOne(Filters.eq("_id", caseId), document, UPSERT);
    }
}
