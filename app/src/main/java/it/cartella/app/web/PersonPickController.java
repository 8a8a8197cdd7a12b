package it.cartella.app.web;

import it.cartella.app.persons.PersonFinder;
import it.cartella.app.security.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search of a person field: the words typed in the field's search box, posted (a codice fiscale never goes into
 * an address), answered with the field's choices, the persons found first, and a status line for screen readers.
 * Only the persons the user may see are found, each written to the access log ({@link PersonFinder}); the person
 * chosen before the search stays chosen, and those registered in this session stay offered.
 */
@Controller
class PersonPickController {

    /** A form field's name, as the forms write them: {@code members[1000023].personId}. */
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\[\\d{1,10}])?(\\.[A-Za-z][A-Za-z0-9]*(\\[\\d{1,10}])?){0,4}");

    private final PersonFinder finder;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    PersonPickController(PersonFinder finder, CurrentActor currentActor, MessageSource messages) {
        this.finder = finder;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @PostMapping("/persons/pick")
    Mono<String> pick(@RequestParam String field, Model model, ServerWebExchange exchange) {
        if (!FIELD.matcher(field).matches()) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            return Mono.just("not-found");
        }
        String id = FormView.id(field);
        Locale locale = exchange.getLocaleContext().getLocale();
        return Mono.zip(exchange.getFormData(), exchange.getSession(), currentActor.get()).flatMap(request -> {
            String term = text(request.getT1().getFirst(FormValues.PERSON_SEARCH + id));
            String selected = text(request.getT1().getFirst(field));
            Mono<List<FormOptions.Option>> found = finder.find(request.getT3(), term)
                    .map(persons -> persons.stream().map(PersonChoices::option).toList());
            Mono<List<FormOptions.Option>> chosen = selected.isEmpty() ? Mono.just(List.of())
                    : finder.named(request.getT3(), List.of(selected))
                    .map(persons -> persons.stream().map(PersonChoices::option).toList());
            return Mono.zip(found, chosen).map(answer -> {
                List<FormOptions.Option> recent = recent(request.getT2());
                model.addAttribute("choices", PersonChoices.of(selected, answer.getT2(), answer.getT1(), recent));
                model.addAttribute("selected", selected);
                model.addAttribute("statusId", id + "-status");
                model.addAttribute("status", status(term, answer.getT1().size(), field, locale));
                return "command-form-parts :: personResults";
            });
        });
    }

    private String status(String term, int found, String field, Locale locale) {
        if (term.length() < PersonFinder.MIN_TERM) {
            return messages.getMessage("personPicker.tooShort", null, locale);
        }
        if (found == 0) {
            return messages.getMessage("personPicker.none", null, locale);
        }
        String label = field.replaceAll("\\[\\d+]", "");
        label = label.substring(label.lastIndexOf('.') + 1);
        return messages.getMessage("personPicker.found",
                new Object[]{found, messages.getMessage("field." + label, null, label, locale)}, locale);
    }

    @SuppressWarnings("unchecked")
    private static List<FormOptions.Option> recent(WebSession session) {
        return (List<FormOptions.Option>) session.getAttributes().getOrDefault(FormOptions.RECENT_PERSONS, List.of());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
