package it.cartella.app.web;

import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.security.Actor;
import it.cartella.app.user.Role;
import it.cartella.query.cases.CaseView;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which cases the pages may show a user, by the rule of the roles: a case manager or coordinator sees the cases of
 * their organisation (from an Ufficio di Piano, of its whole Ambito); an auditor reads the cases of their Ambito;
 * partner operators, analysts, DPOs and administrators see no case through search. Share grants, seals and
 * break-glass widen or narrow this per case once the access policy decides them on the read side.
 */
@Component
class CaseVisibility {

    private final OrganisationRegistry organisations;

    CaseVisibility(OrganisationRegistry organisations) {
        this.organisations = organisations;
    }

    /** The organisations whose cases the actor may find; empty when none. */
    Mono<Set<String>> organisations(Actor actor) {
        boolean operational = actor.has(Role.CASE_MANAGER) || actor.has(Role.COORDINATOR);
        boolean ambitoWide = actor.has(Role.AUDITOR) || (operational && actor.ambitoOffice());
        if (ambitoWide && actor.ambito() != null) {
            return organisations.ofAmbito(actor.ambito()).map(o -> o.id().value()).collect(Collectors.toUnmodifiableSet());
        }
        return Mono.just(operational ? Set.of(actor.organisation().value()) : Set.of());
    }

    Mono<Boolean> maySee(Actor actor, CaseView view) {
        return organisations(actor).map(owners -> owners.contains(view.owningOrganisation()));
    }
}
