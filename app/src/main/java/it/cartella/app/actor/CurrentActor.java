package it.cartella.app.actor;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * Tells who sent a request. Until login exists it trusts two headers, {@code X-Cartella-User} and
 * {@code X-Cartella-Organisation}; the privacy engineer replaces this one component with the authenticated
 * principal, and every caller keeps working.
 */
@Component
public class CurrentActor {

    public static final String USER_HEADER = "X-Cartella-User";
    public static final String ORGANISATION_HEADER = "X-Cartella-Organisation";

    public Actor of(ServerHttpRequest request) {
        return new Actor(request.getHeaders().getFirst(USER_HEADER),
                request.getHeaders().getFirst(ORGANISATION_HEADER));
    }
}
