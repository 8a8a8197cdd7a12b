package it.cartella.app.erasure;

import it.cartella.app.access.CaseGuard;
import it.cartella.app.audit.AccessLogEntry;
import it.cartella.app.command.CommandSender;
import it.cartella.app.security.Actor;
import it.cartella.command.person.CodiceFiscaleRegistry;
import it.cartella.eventstore.privacy.SubjectKeyStore;
import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.person.ErasePerson;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Erases a person: refused while a retention period runs; otherwise destroys the person's key (their personal data
 * become unreadable in every event, snapshot and saga, backups included) and then records {@code PersonErased},
 * which every read model answers by blanking what it copied. The key goes first: if recording the event fails, the
 * data are unreadable already, and erasing again records it. Last, the person's codice fiscale claim is removed
 * (see {@link CodiceFiscaleRegistry#forget}), so that nothing keyed by the code leads to the person any more.
 */
@Component
public class Erasure {

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private final Retention retention;
    private final SubjectKeyStore keys;
    private final CaseGuard guard;
    private final CodiceFiscaleRegistry codiceFiscales;

    Erasure(Retention retention, SubjectKeyStore keys, CaseGuard guard, CodiceFiscaleRegistry codiceFiscales) {
        this.retention = retention;
        this.keys = keys;
        this.guard = guard;
        this.codiceFiscales = codiceFiscales;
    }

    /** Blocking where it destroys the key and sends the command: it runs off the event loop. */
    public Mono<Void> erase(Actor actor, PersonId personId, String reason, CommandSender sender) {
        ErasePerson command = new ErasePerson(personId, reason, actor.userId());
        return retention.keptUntil(personId.value(), LocalDate.now(ITALY)).flatMap(until -> {
            if (until.isPresent()) {
                return Mono.error(until.get().equals(LocalDate.MAX)
                        ? DomainException.conflict("RETENTION_CASE_OPEN",
                        "La persona ha un caso aperto: i suoi dati si conservano.",
                        "The person has an open case: their data are kept.")
                        : DomainException.conflict("RETENTION_RUNNING",
                        "Il periodo di conservazione previsto non è concluso (fino al " + until.get() + ").",
                        "The retention period has not ended (until " + until.get() + ")."));
            }
            return Mono.fromRunnable(() -> {
                keys.destroy(personId.value(), reason);
                sender.send(command);
                codiceFiscales.forget(personId);
            }).subscribeOn(Schedulers.boundedElastic()).then(guard.record(actor, null, personId.value(),
                    "ErasePerson", reason, Set.of(), "DPO", AccessLogEntry.Outcome.ALLOWED));
        });
    }
}
