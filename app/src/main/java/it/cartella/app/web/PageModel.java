package it.cartella.app.web;

import it.cartella.app.organisation.Organisation;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.security.CartellaUser;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What every page shows around its content: who is signed in, and the CSRF token its forms carry. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final OrganisationRegistry organisations;

    PageModel(OrganisationRegistry organisations) {
        this.organisations = organisations;
    }

    /**
     * WebFlux keeps the token unresolved until someone subscribes; resolving it here also stores it in the session
     * before the page is sent.
     */
    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }

    /**
     * Where the language switch leads: this page again, or the home page after a form was posted, whose answer
     * cannot be fetched again by a link.
     */
    @ModelAttribute("here")
    String here(ServerWebExchange exchange) {
        return exchange.getRequest().getMethod() == HttpMethod.GET ? exchange.getRequest().getPath().value() : "/";
    }

    /** Empty on the sign-in page. */
    @ModelAttribute("me")
    Mono<SignedIn> me() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(Authentication::getPrincipal)
                .ofType(CartellaUser.class)
                .map(CartellaUser::actor)
                .flatMap(actor -> organisations.find(actor.organisation())
                        .map(Organisation::name)
                        .defaultIfEmpty(actor.organisation().value())
                        .map(name -> new SignedIn(actor, name)));
    }
}
