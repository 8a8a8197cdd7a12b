package it.cartella.app.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's user carrying Cartella's {@link Actor}; its authorities are the roles, as {@code ROLE_x}. */
public class CartellaUser extends User {

    private final transient Actor actor;

    CartellaUser(Actor actor, String passwordHash, boolean enabled) {
        super(actor.username(), passwordHash == null ? "" : passwordHash, enabled, true, true, true,
                actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }
}
