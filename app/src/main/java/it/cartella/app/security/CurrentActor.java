package it.cartella.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The actor of the request being served, from the authenticated principal. */
@Component
public class CurrentActor {

    /** Fails with 401 when the request is not authenticated (the security chain lets none through to the API). */
    public Mono<Actor> get() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(Authentication::getPrincipal)
                .ofType(CartellaUser.class)
                .map(CartellaUser::actor)
                .switchIfEmpty(Mono.error(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.UNAUTHORIZED)));
    }
}
