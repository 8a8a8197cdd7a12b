package it.cartella.app.worklist;

import it.cartella.app.organisation.Organisation;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.security.Actor;
import it.cartella.app.user.Role;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.query.worklist.Worklist;
import it.cartella.query.worklist.WorklistQueries;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * One user's worklist, for the API and the home page alike: the cases they manage, and for a coordinator every case
 * of their organisation (of the whole Ambito from the Ufficio di Piano).
 */
@Component
public class Worklists {

    private final WorklistQueries queries;
    private final OrganisationRegistry organisations;

    Worklists(WorklistQueries queries, OrganisationRegistry organisations) {
        this.queries = queries;
        this.organisations = organisations;
    }

    /** @param horizon 7 or 30 days */
    public Mono<Worklist> of(Actor actor, int horizon, String language) {
        return coordinated(actor).collectList()
                .flatMap(orgs -> queries.worklist(actor.userId().value(), orgs, horizon, language));
    }

    /** The organisations whose every case a coordinator follows; none for anybody else. */
    private Flux<String> coordinated(Actor actor) {
        if (!actor.has(Role.COORDINATOR)) {
            return Flux.empty();
        }
        if (actor.ambitoOffice() && actor.ambito() != null) {
            return organisations.ofAmbito(actor.ambito()).map(Organisation::id).map(OrganisationId::value);
        }
        return Flux.fromIterable(List.of(actor.organisation().value()));
    }
}
