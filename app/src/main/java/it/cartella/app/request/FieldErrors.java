package it.cartella.app.request;

import it.cartella.app.problem.InvalidRequestException;
import it.cartella.kernel.error.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Collects the mistakes of a request, at most one per field, and rejects the request when there were any, so that
 * one answer lists every mistake instead of the first one met.
 */
public final class FieldErrors {

    private final List<DomainException> errors = new ArrayList<>();

    /**
     * Converts one request field, recording its error under the request's name for the field (value objects name
     * themselves, and a request may call the same value something else).
     *
     * @return the value, or null when the field is in error
     */
    public <T> T read(String field, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (DomainException e) {
            errors.add(new DomainException(e.kind(), e.code(), field, e.messageIt(), e.messageEn()));
            return null;
        }
    }

    /**
     * Converts each element of a list field; an element's own mistakes name it by position ({@code members[1].role}).
     *
     * @return the converted list, or null when the list is absent or any element is in error: a list with holes
     *         must not reach a value object that holds it (the request is refused with the elements' errors anyway)
     */
    public <R, T> List<T> readList(String field, List<R> items, BiFunction<R, String, T> conversion) {
        if (items == null) {
            return null;
        }
        int errorsBefore = errors.size();
        List<T> converted = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String prefix = field + "[" + i + "]";
            R item = items.get(i);
            converted.add(item == null ? read(prefix, () -> Values.required(null, prefix))
                    : conversion.apply(item, prefix));
        }
        return errors.size() > errorsBefore ? null : converted;
    }

    /** Runs a rule over several fields, keeping its error only if it names a field not already in error. */
    public <T> T check(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (DomainException e) {
            if (errors.stream().noneMatch(known -> known.field() != null && known.field().equals(e.field()))) {
                errors.add(e);
            }
            return null;
        }
    }

    /**
     * Builds the command once every field converted: the command's own rules, relating fields, are checked last,
     * so they are not reported on top of a malformed field they depend on.
     */
    public <T> T build(Supplier<T> command) {
        rejectIfAny();
        T built = check(command);
        rejectIfAny();
        return built;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void rejectIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
