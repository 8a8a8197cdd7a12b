package it.cartella.app.security;

import it.cartella.app.organisation.Organisation;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.user.UserAccount;
import it.cartella.app.user.UserRegistry;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Builds the {@link Actor} of a registered user, for a password sign-in and for a token from the identity
 * provider alike: the provider proves who the user is, Cartella's registry says what they may do.
 */
@Component
public class Actors implements ReactiveUserDetailsService {

    private final UserRegistry users;
    private final OrganisationRegistry organisations;

    Actors(UserRegistry users, OrganisationRegistry organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        return user(username).map(u -> u);
    }

    /** Empty for an unknown username. */
    public Mono<CartellaUser> user(String username) {
        return users.byUsername(username).flatMap(account -> organisations.find(account.organisation())
                .map(organisation -> user(account, organisation)));
    }

    private static CartellaUser user(UserAccount account, Organisation organisation) {
        Actor actor = new Actor(account.id(), account.username(), account.organisation(), organisation.ambito(),
                organisation.isAmbitoOffice(), account.roles());
        return new CartellaUser(actor, account.passwordHash(), account.enabled());
    }
}
