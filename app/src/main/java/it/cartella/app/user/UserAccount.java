package it.cartella.app.user;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.UserId;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user of one organisation. The username is what the user types (or what the identity provider asserts); the
 * id is what events record as case manager, author or grantor.
 *
 * @param passwordHash in Spring's delegating format ({@code {bcrypt}...}); null for a user who signs in only
 *                     through the identity provider
 */
public record UserAccount(UserId id, String username, OrganisationId organisation, Set<Role> roles,
                          String passwordHash, boolean enabled) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    public UserAccount {
        Require.present(id, "id");
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw DomainException.invalid("username", "INVALID_USERNAME",
                    "Nome utente non valido: minuscole, cifre, '.', '_', '-' o '@', da 2 a 64 caratteri.",
                    "Invalid username: lower-case letters, digits, '.', '_', '-' or '@', 2 to 64 characters.");
        }
        Require.present(organisation, "organisation");
        roles = Set.copyOf(Require.present(roles, "roles"));
        if (roles.isEmpty()) {
            throw DomainException.invalid("roles", "USER_WITHOUT_ROLE",
                    "Un utente ha almeno un ruolo.", "A user has at least one role.");
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
