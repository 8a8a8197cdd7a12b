package it.cartella.query.cases;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import it.cartella.kernel.cases.CaseClosed;
import it.cartella.kernel.cases.CaseManagerAssigned;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.cases.CaseReopened;
import it.cartella.kernel.cases.CaseTransferred;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.PersonDataCorrected;
import it.cartella.kernel.person.PersonErased;
import it.cartella.kernel.person.PersonRegistered;
import it.cartella.kernel.person.Sex;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;

import static it.cartella.query.cases.CaseCollections.*;

/**
 * Builds the case list and detail from the events. Every write replaces a document or sets absolute values in it,
 * so a re-delivered event leaves the same state, and a replay from the first event rebuilds exactly what was there.
 * A person's and a case's events may arrive in either order (they belong to different aggregates, which a
 * processor with several segments handles in parallel): whichever comes second completes the case document.
 */
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
public class CaseProjection {

    public static final String PROCESSING_GROUP = "case-view";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions()
            .returnDocument(ReturnDocument.AFTER);
    private static final FindOneAndUpdateOptions UPSERT_AFTER = new FindOneAndUpdateOptions().upsert(true)
            .returnDocument(ReturnDocument.AFTER);
    /** In a person's document: the ids of the person's cases, and whether that list is complete. */
    static final String CASE_IDS = "caseIds";
    static final String CASES_LISTED = "casesListed";

    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> persons;

    public CaseProjection(MongoDatabase database) {
        Objects.requireNonNull(database, "database");
        this.cases = database.getCollection(CASES);
        this.persons = database.getCollection(PERSONS);
        cases.createIndex(Indexes.ascending(PERSON_ID));
        cases.createIndex(Indexes.descending(OPENED_ON, RECORDED_AT, ID));
        // Every list and search of a user is limited to their organisations' cases (CaseQueries.scope): on MongoDB
        // and on the embedded server alike, this index lets it read those instead of every case of the Ambito.
        cases.createIndex(Indexes.ascending(OWNING_ORGANISATION, CASE_MANAGER));
        // A case manager's list is their own cases of the organisation: a few of its many.
        cases.createIndex(Indexes.ascending(CASE_MANAGER));
    }

    @EventHandler
    void on(PersonRegistered event) {
        savePerson(event.personId(), event.codiceFiscale(), event.firstName(), event.lastName(), event.birthDate(),
                event.sex());
    }

    @EventHandler
    void on(PersonDataCorrected event) {
        savePerson(event.personId(), event.codiceFiscale(), event.firstName(), event.lastName(), event.birthDate(),
                event.sex());
    }

    /**
     * The person's key is gone, so their fields would read back empty anyway; the marker says why they are empty.
     * The birth date has no text form to hold it and is simply removed; sex and Comune stay, being pseudonymous.
     */
    @EventHandler
    void on(PersonErased event) {
        Bson erase = Updates.combine(Updates.set(CODICE_FISCALE, PersonErased.ERASED),
                Updates.set(FIRST_NAME, PersonErased.ERASED), Updates.set(LAST_NAME, PersonErased.ERASED),
                Updates.set(BIRTH_DATE, null));
        Document person = persons.findOneAndUpdate(Filters.eq(ID, event.personId().value()), erase, AFTER);
        cases.updateMany(casesOf(event.personId().value(), person), erase);
    }

    @EventHandler
    void on(CaseOpened event, @Timestamp Instant recordedAt) {
        String personId = event.personId().value();
        Document view = new Document(ID, event.caseId().value())
                .append(PERSON_ID, personId)
                .append(RESIDENCE_COMUNE, event.residenceComune().value())
                .append(OWNING_ORGANISATION, event.owningOrganisation().value())
                .append(MACRO_AREA, event.macroArea().code())
                .append(CHANNEL, event.channel().name())
                .append(ACTIVATION_MODE, event.activationMode().name())
                .append(CASE_MANAGER, event.caseManager().value())
                .append(HOUSEHOLD_ID, event.householdId() == null ? null : event.householdId().value())
                .append(OPENED_ON, text(event.openedOn()))
                .append(RECORDED_AT, Date.from(recordedAt))
                .append(STATUS, CaseStatus.OPEN.name())
                .append(CLOSED_ON, null);
        Document person = persons.findOneAndUpdate(Filters.eq(ID, personId), Updates.combine(
                Updates.addToSet(CASE_IDS, view.getString(ID)), Updates.setOnInsert(CASES_LISTED, true)),
                UPSERT_AFTER);
        for (String field : PERSON_FIELDS) {
            view.append(field, person == null ? null : person.get(field));
        }
        cases.replaceOne(Filters.eq(ID, view.get(ID)), view, UPSERT);
    }

    @EventHandler
    void on(CaseManagerAssigned event) {
        updateCase(event.caseId(), Updates.set(CASE_MANAGER, event.caseManager().value()));
    }

    @EventHandler
    void on(CaseTransferred event) {
        updateCase(event.caseId(), Updates.combine(
                Updates.set(OWNING_ORGANISATION, event.toOrganisation().value()),
                Updates.set(RESIDENCE_COMUNE, event.toResidenceComune().value()),
                Updates.set(CASE_MANAGER, event.newCaseManager() == null ? null : event.newCaseManager().value())));
    }

    @EventHandler
    void on(CaseClosed event) {
        updateCase(event.caseId(), Updates.combine(
                Updates.set(STATUS, CaseStatus.CLOSED.name()),
                Updates.set(CLOSED_ON, text(event.closedOn()))));
    }

    @EventHandler
    void on(CaseReopened event) {
        updateCase(event.caseId(), Updates.combine(
                Updates.set(STATUS, CaseStatus.OPEN.name()),
                Updates.set(CLOSED_ON, null)));
    }

    @ResetHandler
    void reset() {
        cases.deleteMany(new Document());
        persons.deleteMany(new Document());
    }

    /** Every write sets absolute values, so applying an event twice leaves what applying it once did. */
    private void savePerson(PersonId personId, CodiceFiscale codiceFiscale, String firstName, String lastName,
                            LocalDate birthDate, Sex sex) {
        Document fields = new Document(CODICE_FISCALE, codiceFiscale == null ? null : codiceFiscale.value())
                .append(FIRST_NAME, firstName)
                .append(LAST_NAME, lastName)
                .append(BIRTH_DATE, text(birthDate))
                .append(SEX, sex.name());
        Bson copy = Updates.combine(Arrays.stream(PERSON_FIELDS).map(f -> Updates.set(f, fields.get(f))).toList());
        Document person = persons.findOneAndUpdate(Filters.eq(ID, personId.value()),
                Updates.combine(copy, Updates.setOnInsert(CASES_LISTED, true)), UPSERT_AFTER);
        cases.updateMany(casesOf(personId.value(), person), copy);
    }

    /**
     * The person's cases, by their ids when the person's document lists them: a look-up by key, where a query on
     * {@code personId} is a scan of every case on the embedded server (it ignores non-unique indexes), measured at
     * 10 ms a person under load at two thousand cases and growing with the store. A document written before the
     * list was kept ({@code casesListed} missing) may not list every case, so those persons are still found by the
     * query until a rebuild of the view writes them again.
     */
    private static Bson casesOf(String personId, Document person) {
        if (person != null && person.getBoolean(CASES_LISTED, false)) {
            return Filters.in(ID, person.getList(CASE_IDS, String.class, java.util.List.of()));
        }
        return Filters.eq(PERSON_ID, personId);
    }

    private void updateCase(CaseId caseId, Bson update) {
        cases.updateOne(Filters.eq(ID, caseId.value()), update);
    }

    /** ISO-8601 text: sorts as the date does and needs no time zone. */
    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
