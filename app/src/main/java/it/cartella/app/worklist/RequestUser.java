package it.cartella.app.worklist;

import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.id.UserId;
import org.springframework.http.HttpHeaders;

/**
 * Who is asking, until sign-in exists: the {@code X-Cartella-User} header. The one place that reads it, so that
 * switching to the authenticated principal changes this class only.
 */
final class RequestUser {

    static final String HEADER = "X-Cartella-User";

    private RequestUser() {
    }

    static UserId of(HttpHeaders headers) {
        String value = headers.getFirst(HEADER);
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(HEADER, "USER_REQUIRED",
                    "Indicare l'utente nell'intestazione " + HEADER + ".",
                    "State the user in the " + HEADER + " header.");
        }
        return UserId.of(value.strip());
    }
}
