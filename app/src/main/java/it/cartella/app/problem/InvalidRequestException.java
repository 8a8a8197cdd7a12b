package it.cartella.app.problem;

import it.cartella.kernel.error.DomainException;

import java.util.List;

/** Every field error found in one request, so that a user fixes the whole form at once. */
public class InvalidRequestException extends RuntimeException {

    private final List<DomainException> errors;

    public InvalidRequestException(List<DomainException> errors) {
        super(errors.size() + " invalid field(s)");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<DomainException> errors() {
        return errors;
    }
}
