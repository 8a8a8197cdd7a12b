package it.cartella.query.cases;

import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.testing.TestMongo;
import it.cartella.query.testing.ReactiveTestMongo;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.household.CompositionType;
import it.cartella.kernel.household.HouseholdMember;
import it.cartella.kernel.household.HouseholdMemberAdded;
import it.cartella.kernel.household.HouseholdRole;
import it.cartella.kernel.household.Relationship;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.HouseholdId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.territory.IstatCode;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's history finds their cases through the projection's list of each person's cases, not by reading every
 * case file: the cases they were opened for, and those of a household they joined before or after the case opened.
 */
class PersonHistoryTest {


    private MongoDatabase database;
    private CaseFileProjection projection;
    private CaseFileQueries queries;

    @BeforeEach
    void freshDatabase() {
        String name = TestMongo.freshDatabaseName();
        database = TestMongo.client().getDatabase(name);
        projection = new CaseFileProjection(database);
        queries = new CaseFileQueries(ReactiveTestMongo.database(name));
        for (String person : new String[]{"anna", "bruno", "carla", "dario"}) {
            database.getCollection(CaseCollections.PERSONS).insertOne(new Document("_id", person)
                    .append("firstName", person).append("lastName", "Rossi").append("birthDate", "1980-01-01"));
        }
    }

    @Test
    void aPersonsHistoryHoldsTheirCasesAndTheirHouseholdsCases() {
        HouseholdId household = HouseholdId.of("household-1");
        member(household, "bruno");               // joins before the household's case opens
        opened("case-1", "anna", household);
        opened("case-2", "carla", null);
        member(household, "dario");               // joins after

        assertThat(caseIdsOf("anna")).containsExactly("case-1");
        assertThat(caseIdsOf("bruno")).containsExactly("case-1");
        assertThat(caseIdsOf("dario")).containsExactly("case-1");
        assertThat(caseIdsOf("carla")).containsExactly("case-2");
    }

    @Test
    void aCaseOfAHouseholdWhoseMembersAreNotRecordedYetIsInTheHistory() {
        // The case names its household first: the household's document then holds the case and no members yet.
        opened("case-1", "anna", HouseholdId.of("household-1"));

        assertThat(caseIdsOf("anna")).containsExactly("case-1");
    }

    @Test
    void caseFilesProjectedBeforePeopleWereListedAreListedOnceAtStart() {
        HouseholdId household = HouseholdId.of("household-1");
        opened("case-1", "anna", household);
        member(household, "dario");
        // As an earlier version left the store: no lists of people, none of a household's cases, no marker.
        database.getCollection(CaseFileProjection.PEOPLE).drop();
        database.getCollection("case_file_meta").drop();
        database.getCollection(CaseFileProjection.HOUSEHOLDS).updateMany(new Document(),
                new Document("$unset", new Document(CaseFileProjection.CASE_IDS, "")));
        assertThat(caseIdsOf("anna")).isEmpty();

        CaseFileProjection upgraded = new CaseFileProjection(database);
        assertThat(upgraded.listPeople()).isEqualTo(1);
        assertThat(upgraded.listPeople()).as("the second start").isZero();
        upgraded.on(new HouseholdMemberAdded(household, PersonId.of("anna"),
                new HouseholdMember(PersonId.of("bruno"), Relationship.CHILD, HouseholdRole.MEMBER),
                CompositionType.values()[0]));

        assertThat(caseIdsOf("anna")).containsExactly("case-1");
        assertThat(caseIdsOf("dario")).containsExactly("case-1");
        assertThat(caseIdsOf("bruno")).as("a member added after the upgrade").containsExactly("case-1");
    }

    private java.util.List<String> caseIdsOf(String personId) {
        PersonHistory history = queries.history(personId).block();
        assertThat(history).as("history of " + personId).isNotNull();
        return history.cases().stream().map(PersonHistory.CaseEntry::caseId).toList();
    }

    private void opened(String caseId, String personId, HouseholdId household) {
        projection.on(new CaseOpened(CaseId.of(caseId), PersonId.of(personId), OrganisationId.of("comune-a"),
                IstatCode.of("098031"), MacroArea.of("A"), AccessChannel.FLUSSO_ADI_INPS, ActivationMode.ON_REQUEST,
                UserId.of("as-comune1"), household, LocalDate.of(2025, 3, 1)), 0);
    }

    private void member(HouseholdId household, String personId) {
        projection.on(new HouseholdMemberAdded(household, PersonId.of("anna"),
                new HouseholdMember(PersonId.of(personId), Relationship.CHILD, HouseholdRole.MEMBER),
                CompositionType.values()[0]));
    }
}
