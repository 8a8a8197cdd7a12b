package it.cartella.app.organisation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.privacy.PersonalDataCategory;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The organisations and the agreements between them. A registry, not an event-sourced aggregate: it holds no
 * personal data of the people served, changes rarely, and its history of record is the agreements' own paperwork.
 */
@Component
public class OrganisationRegistry {

    static final String ORGANISATIONS = "organisations";
    static final String AGREEMENTS = "agreements";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> organisations;
    private final MongoCollection<Document> agreements;

    public OrganisationRegistry(MongoDatabase database) {
        this.organisations = database.getCollection(ORGANISATIONS);
        this.agreements = database.getCollection(AGREEMENTS);
    }

    /** Adds or replaces the organisation with that id. */
    public Mono<Organisation> save(Organisation organisation) {
        Document document = new Document("_id", organisation.id().value())
                .append("name", organisation.name())
                .append("kind", organisation.kind().name())
                .append("ambito", organisation.ambito() == null ? null : organisation.ambito().value());
        return Mono.from(organisations.replaceOne(Filters.eq("_id", organisation.id().value()), document, UPSERT))
                .thenReturn(organisation);
    }

    public Mono<Organisation> find(OrganisationId id) {
        return Mono.from(organisations.find(Filters.eq("_id", id.value())).first()).map(OrganisationRegistry::organisation);
    }

    public Flux<Organisation> all() {
        return Flux.from(organisations.find().sort(Sorts.ascending("_id"))).map(OrganisationRegistry::organisation);
    }

    /** The organisations of an Ambito, its Ufficio di Piano included. */
    public Flux<Organisation> ofAmbito(OrganisationId ambito) {
        return all().filter(o -> ambito.equals(o.ambito()));
    }

    /** Adds or replaces the agreement with that reference. */
    public Mono<Agreement> save(Agreement agreement) {
        Document document = new Document("_id", agreement.reference())
                .append("kind", agreement.kind().name())
                .append("parties", agreement.parties().stream().map(OrganisationId::value).toList())
                .append("purpose", agreement.purpose())
                .append("categories", names(agreement.categories()))
                .append("validFrom", agreement.validFrom().toString())
                .append("validUntil", agreement.validUntil() == null ? null : agreement.validUntil().toString());
        return Mono.from(agreements.replaceOne(Filters.eq("_id", agreement.reference()), document, UPSERT))
                .thenReturn(agreement);
    }

    public Mono<Agreement> agreement(String reference) {
        return Mono.from(agreements.find(Filters.eq("_id", reference)).first()).map(OrganisationRegistry::agreement);
    }

    public Flux<Agreement> agreements() {
        return Flux.from(agreements.find().sort(Sorts.ascending("_id"))).map(OrganisationRegistry::agreement);
    }

    private static Organisation organisation(Document d) {
        String ambito = d.getString("ambito");
        return new Organisation(OrganisationId.of(d.getString("_id")), d.getString("name"),
                OrganisationKind.valueOf(d.getString("kind")), ambito == null ? null : OrganisationId.of(ambito));
    }

    private static Agreement agreement(Document d) {
        String until = d.getString("validUntil");
        return new Agreement(d.getString("_id"), AgreementKind.valueOf(d.getString("kind")),
                d.getList("parties", String.class).stream().map(OrganisationId::of).toList(),
                d.getString("purpose"),
                d.getList("categories", String.class).stream().map(PersonalDataCategory::valueOf)
                        .collect(Collectors.toSet()),
                LocalDate.parse(d.getString("validFrom")), until == null ? null : LocalDate.parse(until));
    }

    private static List<String> names(Collection<PersonalDataCategory> categories) {
        return categories.stream().map(Enum::name).sorted().toList();
    }
}
