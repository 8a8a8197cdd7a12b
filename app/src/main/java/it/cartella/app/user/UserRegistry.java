package it.cartella.app.user;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.UserId;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.stream.Collectors;

/**
 * The user accounts, one document per username: the username is the document id, so a sign-in is one equality
 * lookup on {@code _id} and two accounts can never share a username.
 */
@Component
public class UserRegistry {

    static final String USERS = "users";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> users;

    public UserRegistry(MongoDatabase database) {
        this.users = database.getCollection(USERS);
    }

    /** Adds or replaces the account with that username. */
    public Mono<UserAccount> save(UserAccount user) {
        Document document = new Document("_id", user.username())
                .append("userId", user.id().value())
                .append("organisation", user.organisation().value())
                .append("roles", user.roles().stream().map(Enum::name).sorted().toList())
                .append("passwordHash", user.passwordHash())
                .append("enabled", user.enabled());
        return Mono.from(users.replaceOne(Filters.eq("_id", user.username()), document, UPSERT)).thenReturn(user);
    }

    public Mono<UserAccount> byUsername(String username) {
        return Mono.from(users.find(Filters.eq("_id", username)).first()).map(UserRegistry::account);
    }

    public Flux<UserAccount> all() {
        return Flux.from(users.find().sort(Sorts.ascending("_id"))).map(UserRegistry::account);
    }

    public Flux<UserAccount> ofOrganisation(OrganisationId organisation) {
        return Flux.from(users.find(Filters.eq("organisation", organisation.value())).sort(Sorts.ascending("_id")))
                .map(UserRegistry::account);
    }

    private static UserAccount account(Document d) {
        return new UserAccount(UserId.of(d.getString("userId")), d.getString("_id"),
                OrganisationId.of(d.getString("organisation")),
                d.getList("roles", String.class).stream().map(Role::valueOf).collect(Collectors.toSet()),
                d.getString("passwordHash"), d.getBoolean("enabled", false));
    }
}
