package it.cartella.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.app.command.Commands;
import it.cartella.app.persons.PersonFinder;
import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.web.FormSpec.Target;
import it.cartella.kernel.error.DomainException;
import it.cartella.query.cases.CaseDetail;
import it.cartella.query.cases.CaseFileQueries;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The command forms: a blank form with the case's current data, the form again with the API's errors next to their
 * fields and everything typed, or, once the command is stored, the case page (post, redirect, get). Each render
 * carries a fresh idempotency key, sent as the {@code Idempotency-Key} of the command, so a form posted twice sends
 * its command once.
 */
@Controller
class CommandFormController {

    private static final Pattern RECORD_ID = CasePageReads.CASE_NUMBER;
    /** Dates are Rome's, whatever the server's clock zone. */
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");
    private static final Duration PROJECTION_WAIT_STEP = Duration.ofMillis(100);
    private static final int PROJECTION_WAIT_STEPS = 50;

    private final CommandForms forms;
    private final FormOptions options;
    private final CasePageReads reads;
    private final CaseFileQueries files;
    private final CurrentActor currentActor;
    private final ObjectMapper objectMapper;
    private final PersonFinder finder;
    private final MessageSource messages;

    CommandFormController(CommandForms forms, FormOptions options, CasePageReads reads, CaseFileQueries files,
                          CurrentActor currentActor, ObjectMapper objectMapper, PersonFinder finder,
                          MessageSource messages) {
        this.finder = finder;
        this.messages = messages;
        this.forms = forms;
        this.options = options;
        this.reads = reads;
        this.files = files;
        this.currentActor = currentActor;
        this.objectMapper = objectMapper;
    }

    @GetMapping("/act/{form}")
    Mono<String> blank(@PathVariable String form, @RequestParam(required = false) String done, Model model,
                       ServerWebExchange exchange) {
        return use(form, null, null, exchange, Target.NONE).flatMap(use -> {
            model.addAttribute("done", done != null);
            return show(use, blankValues(use), FormErrors.NONE, UUID.randomUUID().toString(), model, exchange);
        }).switchIfEmpty(Mono.defer(() -> notFound(exchange)));
    }

    @GetMapping("/cases/{caseId}/act/{form}")
    Mono<String> blankOnCase(@PathVariable String caseId, @PathVariable String form,
                             @RequestParam(required = false) String on, Model model, ServerWebExchange exchange) {
        return use(form, caseId, on, exchange, null)
                // Off the event loop: some forms start from data read from the event store.
                .flatMap(use -> Mono.fromCallable(() -> blankValues(use)).subscribeOn(Schedulers.boundedElastic())
                        .flatMap(values -> show(use, values, FormErrors.NONE, UUID.randomUUID().toString(), model,
                                exchange)))
                .onErrorResume(CommandFormController::refused, e -> notFound(exchange))
                .switchIfEmpty(Mono.defer(() -> notFound(exchange)));
    }

    @PostMapping("/act/{form}")
    Mono<String> submit(@PathVariable String form, Model model, ServerWebExchange exchange) {
        return use(form, null, null, exchange, Target.NONE)
                .flatMap(use -> send(use, model, exchange))
                .switchIfEmpty(Mono.defer(() -> notFound(exchange)));
    }

    @PostMapping("/cases/{caseId}/act/{form}")
    Mono<String> submitOnCase(@PathVariable String caseId, @PathVariable String form, Model model,
                              ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(data -> use(form, caseId, data.getFirst("on"), exchange, null))
                .flatMap(use -> send(use, model, exchange))
                .onErrorResume(CommandFormController::refused, e -> notFound(exchange))
                .switchIfEmpty(Mono.defer(() -> notFound(exchange)));
    }

    /** A blank row of a group, for htmx to add to the form in the page. */
    @GetMapping({"/act/{form}/row", "/cases/{caseId}/act/{form}/row"})
    Mono<String> row(@PathVariable(required = false) String caseId, @PathVariable String form,
                     @RequestParam String path, Model model, ServerWebExchange exchange) {
        return use(form, caseId, null, exchange, caseId == null ? Target.NONE : null).flatMap(use ->
                        exchange.getSession().flatMap(session -> options.of(locale(exchange), use.file(), session))
                                .map(choices -> {
                            FormSpec.Group group = use.spec().groupAt(path);
                            model.addAttribute("row", FormView.addedRow(use.spec(), path, choices,
                                    FormValues.of(Map.of(), objectMapper)));
                            model.addAttribute("group", group);
                            model.addAttribute("groupPath", path);
                            model.addAttribute("rowUrl", rowUrl(use));
                            model.addAttribute("errors", FormErrors.NONE);
                            model.addAttribute("mistakes", FormView.Mistakes.NONE);
                            return "command-form-parts :: addedRow";
                        }))
                .onErrorResume(e -> e instanceof IllegalArgumentException || refused(e), e -> notFound(exchange));
    }

    /** One use of a form: its spec, who, and for a case form the case as it stands. */
    private record Use(FormSpec spec, Actor actor, String caseId, String recordId, CaseDetail file) {
    }

    private Mono<Use> use(String form, String caseId, String recordId, ServerWebExchange exchange, Target only) {
        FormSpec spec = forms.find(form).orElse(null);
        if (spec == null || (only != null && spec.target() != only) || (only == null && spec.target() == Target.NONE)
                || (caseId != null && !RECORD_ID.matcher(caseId).matches())
                || (spec.target() == Target.RECORD && (recordId == null || !RECORD_ID.matcher(recordId).matches()))) {
            return Mono.empty();
        }
        return currentActor.get().flatMap(actor -> caseId == null
                ? Mono.just(new Use(spec, actor, null, null, null))
                : reads.forChange(actor, caseId).map(file -> new Use(spec, actor, caseId,
                spec.target() == Target.RECORD ? recordId : null, file)));
    }

    private FormValues blankValues(Use use) {
        return FormValues.of(use.spec().defaults().apply(context(use, FormValues.of(Map.of(), objectMapper), null)),
                objectMapper);
    }

    private Mono<String> send(Use use, Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(data -> {
            FormValues values = FormValues.of(data, objectMapper);
            String key = Objects.requireNonNullElse(data.getFirst("idempotencyKey"), "");
            ServerWebExchange keyed = WebForms.withIdempotencyKey(exchange, key);
            String before = json(use.file());
            return Mono.defer(() -> use.spec().send().apply(context(use, values, keyed)))
                    .flatMap(answer -> rememberChosen(use, values, exchange).then(done(use, answer, values, exchange,
                            before)))
                    .onErrorResume(failure -> FormErrors.of(failure, locale(exchange)) != null,
                            failure -> WebForms.rejected(failure, exchange, errors -> "command-form")
                                    .flatMap(view -> show(use, values, errors(failure, use, values, exchange), key,
                                            model, exchange)));
        });
    }

    /**
     * The API's errors as the form shows them: a person field left empty says how to choose someone, where the API
     * says only that the field is required.
     */
    private FormErrors errors(Throwable failure, Use use, FormValues values, ServerWebExchange exchange) {
        FormErrors errors = FormErrors.of(failure, locale(exchange));
        for (String field : FormView.personFields(use.spec().items(), "", values)) {
            if (errors.has(field) && values.get(field).isBlank()) {
                errors = errors.reworded(field, messages.getMessage("personPicker.required", null, locale(exchange)));
            }
        }
        return errors;
    }

    /**
     * After a case form, the case page once its file shows the change (the read side follows the events a moment
     * later, briefly awaited); after a registration, the form again, blank, saying what was registered.
     */
    private Mono<String> done(Use use, ResponseEntity<?> answer, FormValues values, ServerWebExchange exchange,
                              String before) {
        if (use.caseId() == null) {
            return exchange.getSession().doOnNext(session -> remember(use, answer, values, session))
                    .thenReturn("redirect:/act/" + use.spec().key() + "?done=1");
        }
        String page = "redirect:/cases/" + use.caseId() + "?done=" + use.spec().key();
        if (answer.getHeaders().containsKey(Commands.REPLAYED)) {
            return Mono.just(page);  // sent before: the file shows it already, or will without this request's help
        }
        return files.detail(use.caseId())
                .filter(now -> !json(now).equals(before))
                .repeatWhenEmpty(repeats -> repeats.take(PROJECTION_WAIT_STEPS).delayElements(PROJECTION_WAIT_STEP))
                .thenReturn(page)
                .defaultIfEmpty(page);
    }

    /**
     * The persons a stored form names join the session's list, found by a search or not, so that the forms that
     * follow offer them by name too (a household's members, then the case of one of them).
     */
    private Mono<Void> rememberChosen(Use use, FormValues values, ServerWebExchange exchange) {
        List<String> named = personsNamed(use, values);
        if (named.isEmpty()) {
            return Mono.empty();
        }
        return finder.named(use.actor(), named).zipWith(exchange.getSession())
                .doOnNext(found -> {
                    // Newest first in the list: the form's first person ends on top.
                    for (int i = found.getT1().size() - 1; i >= 0; i--) {
                        FormOptions.remember(found.getT2(), FormOptions.RECENT_PERSONS,
                                PersonChoices.option(found.getT1().get(i)));
                    }
                })
                .then();
    }

    private static List<String> personsNamed(Use use, FormValues values) {
        return FormView.personFields(use.spec().items(), "", values).stream().map(values::get)
                .filter(id -> !id.isBlank()).toList();
    }

    /** What was registered, offered by name in the forms that follow (a household's members, a contact's person). */
    @SuppressWarnings("unchecked")
    private void remember(Use use, ResponseEntity<?> answer, FormValues values, WebSession session) {
        Map<String, Object> body = objectMapper.convertValue(answer.getBody(), Map.class);
        switch (use.spec().key()) {
            case "person" -> FormOptions.remember(session, FormOptions.RECENT_PERSONS,
                    new FormOptions.Option((String) body.get("personId"),
                            values.get("firstName") + " " + values.get("lastName")
                                    + " (" + values.get("codiceFiscale").toUpperCase() + ")"));
            case "household" -> FormOptions.remember(session, FormOptions.RECENT_HOUSEHOLDS,
                    new FormOptions.Option((String) body.get("householdId"), householdLabel(values, session)));
            case "contact" -> FormOptions.remember(session, FormOptions.RECENT_CONTACTS,
                    new FormOptions.Option((String) body.get("contactId"), values.get("channel") + " · "
                            + (values.get("receivedAt").isBlank() ? LocalDate.now(ITALY) : values.get("receivedAt"))));
            default -> {
            }
        }
        session.getAttributes().put("lastRegistered", use.spec().key());
    }

    @SuppressWarnings("unchecked")
    private static String householdLabel(FormValues values, WebSession session) {
        List<FormOptions.Option> persons = (List<FormOptions.Option>) session.getAttributes()
                .getOrDefault(FormOptions.RECENT_PERSONS, List.of());
        return String.join(", ", values.rows("members").stream()
                .map(i -> values.get("members[" + i + "].personId"))
                .map(id -> persons.stream().filter(p -> p.value().equals(id)).map(FormOptions.Option::label)
                        .map(label -> label.replaceAll(" \\(.*\\)$", "")).findFirst().orElse(id))
                .toList());
    }

    private Mono<String> show(Use use, FormValues values, FormErrors errors, String key, Model model,
                              ServerWebExchange exchange) {
        List<String> named = personsNamed(use, values);
        Mono<List<FormOptions.Option>> chosen = named.isEmpty() ? Mono.just(List.of())
                : finder.named(use.actor(), named).map(found -> found.stream().map(PersonChoices::option).toList());
        return exchange.getSession().flatMap(session -> options.of(locale(exchange), use.file(), session))
                .zipWith(chosen, (choices, persons) -> {
                    choices.put(FormOptions.CHOSEN_PERSONS, persons);
                    return choices;
                })
                .map(choices -> {
                    model.addAttribute("spec", use.spec());
                    List<FormView.Node> nodes = FormView.nodes(use.spec().items(), "", values, errors, choices,
                            errors == FormErrors.NONE);
                    FormView.Mistakes mistakes = FormView.mistakes(nodes, errors,
                            (code, fallback) -> messages.getMessage(code, null, fallback, locale(exchange)));
                    model.addAttribute("nodes", nodes);
                    model.addAttribute("errors", errors);
                    model.addAttribute("mistakes", mistakes);
                    model.addAttribute("errorSummary", mistakes.summary());
                    model.addAttribute("idempotencyKey", key);
                    model.addAttribute("caseId", use.caseId());
                    model.addAttribute("recordId", use.recordId());
                    model.addAttribute("action", use.caseId() == null ? "/act/" + use.spec().key()
                            : "/cases/" + use.caseId() + "/act/" + use.spec().key());
                    model.addAttribute("rowUrl", rowUrl(use));
                    model.addAttribute("file", use.file());
                    return "command-form";
                });
    }

    private static String rowUrl(Use use) {
        return (use.caseId() == null ? "" : "/cases/" + use.caseId()) + "/act/" + use.spec().key() + "/row";
    }

    private FormContext context(Use use, FormValues values, ServerWebExchange exchange) {
        return new FormContext(use.actor(), use.caseId(), use.recordId(), use.file(), values, exchange);
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the case file is plain data", e);
        }
    }

    private static java.util.Locale locale(ServerWebExchange exchange) {
        return exchange.getLocaleContext().getLocale();
    }

    /** A case the user may not change answers like one that does not exist; the refusal is logged by the guard. */
    private static boolean refused(Throwable failure) {
        return failure instanceof DomainException d
                && (d.kind() == DomainException.Kind.FORBIDDEN || d.kind() == DomainException.Kind.NOT_FOUND);
    }

    private static Mono<String> notFound(ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        return Mono.just("not-found");
    }
}
