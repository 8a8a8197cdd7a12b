package it.cartella.app.web;

import it.cartella.app.security.Actor;
import it.cartella.app.user.Role;

import java.util.List;

/** The signed-in user as the page header shows them. */
public record SignedIn(Actor actor, String organisationName) {

    /** Roles in the order of {@link Role}, so that the header reads the same on every page. */
    public List<Role> roles() {
        return actor.roles().stream().sorted().toList();
    }

    public boolean may(String role) {
        return actor.has(Role.valueOf(role));
    }
}
