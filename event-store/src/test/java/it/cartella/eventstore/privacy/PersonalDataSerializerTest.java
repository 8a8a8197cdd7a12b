package it.cartella.eventstore.privacy;

import com.mongodb.client.MongoDatabase;
import it.cartella.eventstore.CartellaEventStorageEngine;
import it.cartella.eventstore.serialization.CartellaSerialization;
import it.cartella.eventstore.testing.TestMongo;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.CodiceFiscale;
import it.cartella.kernel.person.ContactDetails;
import it.cartella.kernel.person.PersonRegistered;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.territory.IstatCode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Crypto-shredding: personal fields are stored encrypted per person, and destroying the key erases them. */
class PersonalDataSerializerTest {

    private static final String FIRST_NAME = "Mariagrazia";
    private static final String LAST_NAME = "Bernasconi";
    private static final String CF = "RSSMRA85T10A562S";

    private final MongoDatabase database = TestMongo.freshDatabase();
    private final SubjectKeyStore keys = new SubjectKeyStore(database);
    private final PersonalDataSerializer serializer =
            new PersonalDataSerializer(CartellaSerialization.serializer(), keys);
    private final PersonId person = PersonId.newId();

    private PersonRegistered registered() {
        return new PersonRegistered(person, CodiceFiscale.of(CF), FIRST_NAME, LAST_NAME,
                LocalDate.of(1985, 12, 10), Sex.M, new IstatCode("015146"), null, "IT",
                new ContactDetails("+39 02 1234567", "m.b@example.org", "Via Roma 1"), 1985);
    }

    @Test
    void personalFieldsAreStoredEncryptedAndReadBackWhole() {
        SerializedObject<String> stored = serializer.serialize(registered(), String.class);

        assertThat(stored.getData()).doesNotContain(FIRST_NAME, LAST_NAME, CF, "Via Roma", "1985-12-10")
                .contains("\"$pd\"", "\"birthYear\":1985", "\"residenceComune\":\"015146\"", "\"sex\":\"M\"");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(registered());
    }

    /** An amount paid to a person: economic data with its scale, as the tirocinio indemnities are. */
    record IndemnityPaid(@it.cartella.kernel.privacy.DataSubject PersonId trainee,
                         @it.cartella.kernel.privacy.PersonalData(it.cartella.kernel.privacy.PersonalDataCategory.ECONOMIC)
                         java.math.BigDecimal amount, double hours) {
    }

    @Test
    void encryptedAmountsKeepTheirScale() {
        IndemnityPaid paid = new IndemnityPaid(person, new java.math.BigDecimal("400.00"), 12.5);

        IndemnityPaid read = serializer.deserialize(serializer.serialize(paid, String.class));

        assertThat(read.amount()).isEqualTo(new java.math.BigDecimal("400.00")).hasScaleOf(2);
        assertThat(read.hours()).isEqualTo(12.5);
    }

    @Test
    void afterErasureThePersonalFieldsReadBackEmptyAndThePseudonymousFactsStay() {
        SerializedObject<String> stored = serializer.serialize(registered(), String.class);

        keys.destroy(person.value(), "GDPR art. 17 request");
        PersonRegistered erased = serializer.deserialize(stored);

        assertThat(erased.firstName()).isNull();
        assertThat(erased.lastName()).isNull();
        assertThat(erased.codiceFiscale()).isNull();
        assertThat(erased.birthDate()).isNull();
        assertThat(erased.contactDetails()).isNull();
        assertThat(erased.personId()).isEqualTo(person);
        assertThat(erased.sex()).isEqualTo(Sex.M);
        assertThat(erased.residenceComune()).isEqualTo(new IstatCode("015146"));
        assertThat(erased.birthYear()).isEqualTo(1985);
        assertThat(keys.isErased(person.value())).isTrue();
    }

    @Test
    void personalDataOfAnErasedPersonIsNeverWrittenAgain() {
        keys.destroy(person.value(), "erased before a late event arrived");

        SerializedObject<String> stored = serializer.serialize(registered(), String.class);

        assertThat(stored.getData()).doesNotContain(FIRST_NAME, CF, "\"$pd\"");
        assertThat(keys.keyForWriting(person.value())).isEmpty();
    }

    @Test
    void anErasedPersonsNameIsNowhereInTheDatabase() {
        CartellaEventStorageEngine engine = CartellaEventStorageEngine.builder()
                .database(database).eventSerializer(serializer).snapshotSerializer(serializer).build();
        try {
            engine.appendEvents(new GenericDomainEventMessage<>("Person", person.value(), 0, registered()));
            engine.storeSnapshot(new GenericDomainEventMessage<>("Person", person.value(), 0, registered()));
            assertThat(engine.readEvents(person.value()).next().getPayload()).isEqualTo(registered());

            keys.destroy(person.value(), "GDPR art. 17 request");

            assertThat(rawDatabaseText()).doesNotContain(FIRST_NAME, LAST_NAME, CF, "Via Roma", "1985-12-10");
            PersonRegistered replayed = (PersonRegistered) engine.readEvents(null, false)
                    .findFirst().orElseThrow().getPayload();
            assertThat(replayed.lastName()).isNull();
            assertThat(replayed.birthYear()).isEqualTo(1985);
        } finally {
            engine.shutDown();
        }
    }

    /** Every document of every collection, as text: what a person with database access could read. */
    private String rawDatabaseText() {
        List<String> dump = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            for (Document document : database.getCollection(collection).find()) {
                dump.add(document.toJson());
            }
        }
        assertThat(dump).isNotEmpty();
        return String.join("\n", dump);
    }
}
