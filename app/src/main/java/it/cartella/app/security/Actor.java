package it.cartella.app.security;

import it.cartella.app.user.Role;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.UserId;

import java.util.Objects;
import java.util.Set;

/**
 * Who sends a request: the authenticated user, their organisation and roles. Access to a case is decided from it
 * on every request, never from what a client claims in a header or a body.
 *
 * @param ambito the Ambito of the user's organisation (the id of its Ufficio di Piano), null outside any Ambito
 * @param ambitoOffice whether the user's organisation is the Ufficio di Piano of that Ambito
 */
public record Actor(UserId userId, String username, OrganisationId organisation, OrganisationId ambito,
                    boolean ambitoOffice, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(organisation, "organisation");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
