package it.cartella.app.command;

import it.cartella.app.access.CaseGuard;
import it.cartella.app.security.Actor;
import it.cartella.kernel.access.SealCase;
import it.cartella.kernel.cases.OpenCase;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.referral.SendReferral;
import it.cartella.kernel.sharing.GrantShare;
import org.springframework.stereotype.Component;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Set;

/**
 * The command side's check: every command a user sends that names a case (a {@link CaseId} component) is sent
 * only if the user may change that case now, and the attempt is in the access log either way. Whatever HTTP
 * route a command comes through, it cannot reach a case its sender may not change.
 */
@Component
class CommandAuthorization {

    /**
     * Commands whose controllers decide and log before building them: opening (the case does not exist yet, the
     * owning organisation is checked), and sharing, referring and sealing, which need the case's facts to build.
     */
    private static final Set<Class<?>> DECIDED_BY_THEIR_ROUTE =
            Set.of(OpenCase.class, GrantShare.class, SendReferral.class, SealCase.class);

    private final CaseGuard guard;

    CommandAuthorization(CaseGuard guard) {
        this.guard = guard;
    }

    /** Blocking: runs where the command is sent, off the event loop. */
    void authorize(Actor actor, Object command) {
        if (DECIDED_BY_THEIR_ROUTE.contains(command.getClass()) || !command.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getType() == CaseId.class) {
                CaseId caseId = (CaseId) read(component, command);
                if (caseId != null) {
                    guard.change(actor, caseId.value(), command.getClass().getSimpleName()).block();
                }
            }
        }
    }

    private static Object read(RecordComponent component, Object command) {
        try {
            return component.getAccessor().invoke(command);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("A command's components are public record accessors", e);
        }
    }
}
