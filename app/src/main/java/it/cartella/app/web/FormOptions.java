package it.cartella.app.web;

import it.cartella.app.organisation.Organisation;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.AssessmentKind;
import it.cartella.kernel.cases.ClosureRating;
import it.cartella.kernel.cases.ProfessionalRole;
import it.cartella.kernel.catalog.OutcomeCode;
import it.cartella.kernel.catalog.ServiceCatalog;
import it.cartella.kernel.contact.AgeBand;
import it.cartella.kernel.contact.ContactKind;
import it.cartella.kernel.household.CompositionType;
import it.cartella.kernel.household.HouseholdRole;
import it.cartella.kernel.household.Relationship;
import it.cartella.kernel.pais.PlanKind;
import it.cartella.kernel.pais.SignatoryRole;
import it.cartella.kernel.person.Sex;
import it.cartella.kernel.tirocinio.InterruptionReason;
import it.cartella.kernel.tirocinio.TirocinioOutcome;
import it.cartella.query.cases.CaseDetail;
import it.cartella.query.cases.CaseFile;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The choices of the forms' selects, labelled in the page's language: the kernel's enumerations, the service
 * catalogue, the organisations of the registry, the people and interventions of the case, and what the user
 * registered in this session (people, households, contacts) and the persons chosen in its forms, which the forms
 * that follow offer by name.
 */
@Component
class FormOptions {

    static final String RECENT_PERSONS = "recentPersons";
    static final String RECENT_HOUSEHOLDS = "recentHouseholds";
    static final String RECENT_CONTACTS = "recentContacts";
    /** The persons a form shown again names, labelled for its person fields (see {@link PersonChoices}). */
    static final String CHOSEN_PERSONS = "chosenPersons";
    /** Life domains the monitoring instruments of the Ambiti score. */
    static final List<String> DOMAINS = List.of("LAVORO", "ABITARE", "REDDITO", "SALUTE", "RELAZIONI", "ISTRUZIONE",
            "AUTONOMIA");

    /** One choice: the value sent and the label shown. */
    record Option(String value, String label) {
    }

    private final OrganisationRegistry organisations;
    private final MessageSource messages;
    private final ServiceCatalog catalog = ServiceCatalog.standard();

    FormOptions(OrganisationRegistry organisations, MessageSource messages) {
        this.organisations = organisations;
        this.messages = messages;
    }

    Mono<Map<String, List<Option>>> of(Locale locale, CaseDetail file, WebSession session) {
        boolean en = "en".equals(locale.getLanguage());
        return organisations.all().sort(Comparator.comparing(Organisation::name))
                .map(o -> new Option(o.id().value(), o.name())).collectList().map(orgs -> {
                    Map<String, List<Option>> options = new HashMap<>();
                    options.put("organisations", orgs);
                    options.put("professionalRoles", choices(ProfessionalRole.values(), locale));
                    options.put("assessmentKinds", choices(AssessmentKind.values(), locale));
                    options.put("closureRatings", choices(ClosureRating.values(), locale));
                    options.put("signatoryRoles", choices(SignatoryRole.values(), locale));
                    options.put("interruptionReasons", choices(InterruptionReason.values(), locale));
                    options.put("tirocinioOutcomes", choices(TirocinioOutcome.values(), locale));
                    options.put("contactKinds", choices(ContactKind.values(), locale));
                    options.put("ageBands", choices(AgeBand.values(), locale));
                    options.put("sexes", choices(Sex.values(), locale));
                    options.put("relationships", choices(Relationship.values(), locale));
                    options.put("householdRoles", choices(HouseholdRole.values(), locale));
                    options.put("compositionTypes", choices(CompositionType.values(), locale));
                    options.put("planKinds", choices(PlanKind.values(), locale));
                    options.put("channels", Arrays.stream(AccessChannel.values()).map(c -> new Option(c.name(),
                            messages.getMessage("channel." + c.name(), null, c.name(), locale))).toList());
                    options.put("macroAreas", catalog.macroAreas().stream().map(a -> new Option(a.code(),
                            a.code() + " · " + (en ? a.nameEn() : a.nameIt()))).toList());
                    options.put("services", catalog.services().stream().map(s -> new Option(s.code(),
                            en ? s.nameEn() : s.nameIt())).toList());
                    options.put("fundings", catalog.fundingSources().stream().map(f -> new Option(f.code(),
                            en ? f.nameEn() : f.nameIt())).toList());
                    options.put("closureOutcomes", catalog.outcomes().stream()
                            .filter(o -> o.kind() == OutcomeCode.Kind.CLOSURE)
                            .map(o -> new Option(o.code(), en ? o.nameEn() : o.nameIt())).toList());
                    options.put("outcomes", catalog.outcomes().stream()
                            .map(o -> new Option(o.code(), en ? o.nameEn() : o.nameIt())).toList());
                    options.put("domains", DOMAINS.stream().map(d -> new Option(d,
                            messages.getMessage("domain." + d, null, d, locale))).toList());
                    options.put("casePeople", file == null ? List.of() : people(file));
                    options.put("caseInterventions", file == null ? List.of() : interventions(file, locale));
                    options.put(RECENT_PERSONS, recent(session, RECENT_PERSONS));
                    options.put(RECENT_HOUSEHOLDS, recent(session, RECENT_HOUSEHOLDS));
                    options.put(RECENT_CONTACTS, recent(session, RECENT_CONTACTS));
                    return options;
                });
    }

    /** Remembers a record the user just registered, newest first, for the forms that follow in this session. */
    static void remember(WebSession session, String kind, Option option) {
        List<Option> recent = new ArrayList<>(recent(session, kind));
        recent.removeIf(o -> o.value().equals(option.value()));
        recent.add(0, option);
        session.getAttributes().put(kind, List.copyOf(recent.subList(0, Math.min(recent.size(), 20))));
    }

    @SuppressWarnings("unchecked")
    private static List<Option> recent(WebSession session, String kind) {
        Object stored = session == null ? null : session.getAttributes().get(kind);
        return stored instanceof List<?> list ? (List<Option>) list : List.of();
    }

    private static List<Option> people(CaseDetail file) {
        return file.people.stream().map(p -> new Option(p.personId(), p.lastName() == null ? p.personId()
                : p.firstName() + " " + p.lastName())).toList();
    }

    private List<Option> interventions(CaseFile file, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return file.interventions.stream().map(i -> new Option(i.interventionId,
                catalog.service(i.service).map(s -> en ? s.nameEn() : s.nameIt()).orElse(i.service)
                        + (i.start == null ? "" : " · " + i.start))).toList();
    }

    private List<Option> choices(Enum<?>[] values, Locale locale) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label(v, locale))).toList();
    }

    /** The enumeration's label from the messages, or its name in words when none is written. */
    private String label(Enum<?> value, Locale locale) {
        String fallback = value.name().charAt(0) + value.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return messages.getMessage("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null,
                fallback, locale);
    }
}
