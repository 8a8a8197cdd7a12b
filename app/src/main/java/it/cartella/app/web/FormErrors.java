package it.cartella.app.web;

import it.cartella.app.problem.InvalidRequestException;
import it.cartella.kernel.error.DomainException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rejected command as a form shows it: each message next to its field, in the page's language, and the
 * messages that concern no single field above the form. The same errors the API returns as problem details.
 */
public record FormErrors(Map<String, String> fields, List<String> general) {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    /** Null when the failure is not a user's mistake, which then reaches the error handler as usual. */
    public static FormErrors of(Throwable failure, Locale locale) {
        List<DomainException> errors;
        if (failure instanceof InvalidRequestException invalid) {
            errors = invalid.errors();
        } else if (failure instanceof DomainException domain && domain.kind() != DomainException.Kind.FORBIDDEN) {
            errors = List.of(domain);
        } else {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (DomainException error : errors) {
            String message = error.message(locale.getLanguage());
            if (error.field() == null) {
                general.add(message);
            } else {
                fields.merge(error.field(), message, (first, next) -> first + " " + next);
            }
        }
        return new FormErrors(Map.copyOf(fields), List.copyOf(general));
    }

    /** The same errors with the field's message said otherwise (the API's words are not always the page's). */
    public FormErrors reworded(String field, String message) {
        Map<String, String> reworded = new LinkedHashMap<>(fields);
        reworded.replace(field, message);
        return new FormErrors(Map.copyOf(reworded), general);
    }

    public boolean any() {
        return !fields.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String message(String field) {
        return fields.get(field);
    }

    /**
     * The errors as the summary above the form lists them: each field's message linked to the id of the element
     * that takes its correction ({@code targets}, in the order of the page), so that following the link lands on the
     * field itself. A field the page does not show (the API named a field the form lacks) keeps its message,
     * unlinked: a link to nothing would leave the user lost.
     */
    public ErrorSummary summary(List<ErrorSummary.Target> targets) {
        List<ErrorSummary.Link> links = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (ErrorSummary.Target target : targets) {
            if (fields.containsKey(target.field()) && linked.add(target.field())) {
                links.add(new ErrorSummary.Link(target.id(), target.label(), fields.get(target.field())));
            }
        }
        List<String> unlinked = new ArrayList<>(general);
        fields.keySet().stream().filter(field -> !linked.contains(field)).sorted()
                .forEach(field -> unlinked.add(fields.get(field)));
        return new ErrorSummary(List.copyOf(unlinked), List.copyOf(links));
    }

    /** Every message unlinked: for a page that does not say where its fields are. */
    public ErrorSummary unlinked() {
        return summary(List.of());
    }
}
