package it.cartella.app.cases;

import it.cartella.app.problem.InvalidRequestException;
import it.cartella.kernel.error.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects the mistakes of a request, at most one per field, and rejects the request when there were any. */
final class FieldErrors {

    private final List<DomainException> errors = new ArrayList<>();

    /**
     * Converts one request field, recording its error under the request's name for the field (value objects name
     * themselves, and a request may call the same value something else).
     *
     * @return the value, or null when the field is in error
     */
    <T> T read(String field, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (DomainException e) {
            errors.add(new DomainException(e.kind(), e.code(), field, e.messageIt(), e.messageEn()));
            return null;
        }
    }

    /** Runs a rule over several fields, keeping its error only if it names a field not already in error. */
    <T> T check(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (DomainException e) {
            if (errors.stream().noneMatch(known -> known.field() != null && known.field().equals(e.field()))) {
                errors.add(e);
            }
            return null;
        }
    }

    void rejectIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
