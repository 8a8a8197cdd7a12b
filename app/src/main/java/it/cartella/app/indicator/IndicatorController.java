package it.cartella.app.indicator;

import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.user.Role;
import it.cartella.kernel.error.DomainException;
import it.cartella.query.indicator.Backfills;
import it.cartella.query.indicator.BackfillStatus;
import it.cartella.query.indicator.Dimension;
import it.cartella.query.indicator.IndicatorCatalog;
import it.cartella.query.indicator.IndicatorDefinition;
import it.cartella.query.indicator.IndicatorJson;
import it.cartella.query.indicator.IndicatorQueries;
import it.cartella.query.indicator.IndicatorQueries.Version;
import it.cartella.query.indicator.PeriodGrain;
import it.cartella.query.indicator.Plans;
import it.cartella.query.indicator.Spreadsheets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The indicators of the Piani di Zona: the catalogue, each indicator's values by period and breakdown, new
 * indicators and versions defined as data (back-filled in the background, progress readable), and the export in the
 * Region's template layout. Values are suppressed for anyone outside the plan's owning organisation; only analysts,
 * coordinators and administrators define indicators.
 */
@RestController
@RequestMapping("/api/indicators")
class IndicatorController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final IndicatorPublication publication;
    private final IndicatorCatalog catalog;
    private final IndicatorQueries queries;
    private final Backfills backfills;
    private final Plans plans;
    private final CurrentActor currentActor;

    IndicatorController(IndicatorPublication publication, IndicatorCatalog catalog, IndicatorQueries queries,
                        Backfills backfills, Plans plans, CurrentActor currentActor) {
        this.publication = publication;
        this.catalog = catalog;
        this.queries = queries;
        this.backfills = backfills;
        this.plans = plans;
        this.currentActor = currentActor;
    }

    @GetMapping
    Flux<Summary> list(@RequestParam(required = false) String plan) {
        return publication.list(plan).map(Summary::of);
    }

    @GetMapping("/{id}")
    Mono<IndicatorView> view(@PathVariable String id, @RequestParam(required = false) Integer version,
                             @RequestParam(required = false) String period,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String by) {
        PeriodGrain grain = grain(period);
        LocalDate start = date(from, "from");
        LocalDate end = date(to, "to");
        Dimension dimension = dimension(by);
        return currentActor.get()
                .flatMap(actor -> publication.view(id, version, grain, start, end, dimension, actor));
    }

    /** A new indicator: its first version. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Summary>> define(@RequestBody String body) {
        return definer().then(Mono.fromCallable(() -> {
                    IndicatorDefinition definition = checked(body, null);
                    if (!catalog.versions(definition.id()).isEmpty()) {
                        throw DomainException.conflict("INDICATOR_EXISTS",
                                "L'indicatore esiste già: definirne una nuova versione.",
                                "The indicator exists already: define a new version of it.");
                    }
                    return added(definition);
                }).subscribeOn(Schedulers.boundedElastic()));
    }

    @PostMapping(path = "/{id}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Summary>> defineVersion(@PathVariable String id, @RequestBody String body) {
        return definer().then(Mono.fromCallable(() -> {
                    IndicatorDefinition definition = checked(body, id);
                    if (catalog.versions(id).isEmpty()) {
                        throw DomainException.notFound("INDICATOR_NOT_FOUND",
                                "Indicatore inesistente: " + id + ".", "No such indicator: " + id + ".");
                    }
                    return added(definition);
                }).subscribeOn(Schedulers.boundedElastic()));
    }

    @GetMapping("/{id}/versions")
    Flux<Summary> versions(@PathVariable String id) {
        return queries.versions(id).map(Summary::of);
    }

    @GetMapping("/{id}/versions/{version}/backfill")
    Mono<BackfillStatus> backfill(@PathVariable String id, @PathVariable int version) {
        return queries.version(id, version).map(Version::backfill);
    }

    /** The plan's indicators in the Region's template layout; {@code by=comune} adds a line per Comune. */
    @GetMapping("/export")
    Mono<ResponseEntity<byte[]>> export(@RequestParam String plan, @RequestParam(defaultValue = "csv") String format,
                                        @RequestParam(required = false) String by) {
        boolean byComune = by != null && dimension(by) == Dimension.COMUNE;
        if (by != null && !byComune) {
            throw DomainException.invalid("by", "EXPORT_BREAKDOWN_UNSUPPORTED",
                    "L'export si disaggrega solo per comune.", "The export is broken down by comune only.");
        }
        boolean xlsx = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> false;
            case "xlsx" -> true;
            default -> throw DomainException.invalid("format", "EXPORT_FORMAT_UNKNOWN",
                    "Formato: csv o xlsx.", "Format: csv or xlsx.");
        };
        String file = "indicatori-" + plan.toLowerCase(Locale.ROOT) + (xlsx ? ".xlsx" : ".csv");
        return currentActor.get().flatMap(actor -> publication.template(plan, byComune, actor))
                .publishOn(Schedulers.boundedElastic())
                .map(lines -> ResponseEntity.ok()
                        .contentType(xlsx ? XLSX : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(file).build().toString())
                        .body(xlsx ? Spreadsheets.xlsx("Indicatori", lines) : Spreadsheets.csv(lines)));
    }

    private Mono<Actor> definer() {
        return currentActor.get().filter(actor -> actor.has(Role.ANALYST) || actor.has(Role.COORDINATOR)
                        || actor.has(Role.ADMIN))
                .switchIfEmpty(Mono.error(() -> DomainException.forbidden("INDICATOR_DEFINITION_FORBIDDEN",
                        "Solo analisti, coordinatori e amministratori definiscono indicatori.",
                        "Only analysts, coordinators and administrators define indicators.")));
    }

    private ResponseEntity<Summary> added(IndicatorDefinition definition) {
        IndicatorDefinition stored = catalog.addVersion(definition);
        backfills.start(stored);
        Summary summary = new Summary(stored.id(), stored.version(), stored.plan(), stored.objective(),
                stored.type().name(), stored.wording(), stored.targets(), stored.baseline(),
                new BackfillStatus(stored.key(), BackfillStatus.State.RUNNING, 0, 0));
        return ResponseEntity.accepted()
                .location(URI.create("/api/indicators/" + stored.id() + "/versions/" + stored.version() + "/backfill"))
                .body(summary);
    }

    /** The body read as a definition of a known plan; on a version, the id in the body (if any) must be the path's. */
    private IndicatorDefinition checked(String body, String pathId) {
        IndicatorDefinition definition = IndicatorJson.definition(pathId == null ? body : withId(body, pathId));
        plans.require(definition.plan());
        return definition;
    }

    private static String withId(String body, String pathId) {
        try {
            Map<String, Object> fields = IndicatorJson.MAPPER.readValue(body,
                    new com.fasterxml.jackson.core.type.TypeReference<>() {
                    });
            Object given = fields.putIfAbsent("id", pathId);
            if (given != null && !given.equals(pathId)) {
                throw DomainException.invalid("id", "INDICATOR_ID_MISMATCH",
                        "Il codice nel corpo non è quello dell'indirizzo.", "The id in the body is not the path's.");
            }
            return IndicatorJson.write(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return body;
        }
    }

    private static PeriodGrain grain(String period) {
        return period == null ? null : parse(PeriodGrain.class, period, "period");
    }

    private static Dimension dimension(String by) {
        return by == null ? null : parse(Dimension.class, by, "by");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> DomainException.invalid(field, "INDICATOR_PARAMETER_INVALID",
                        "Valore non ammesso per " + field + ": " + text + ". Ammessi: " + names(type) + ".",
                        "Value not allowed for " + field + ": " + text + ". Allowed: " + names(type) + "."));
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
    }

    private static LocalDate date(String text, String field) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "DATE_INVALID",
                    "Data non valida (AAAA-MM-GG): " + text + ".", "Invalid date (YYYY-MM-DD): " + text + ".");
        }
    }

    /** An indicator version in the catalogue. */
    record Summary(String id, int version, String plan, String objective, String type,
                   IndicatorDefinition.Wording wording, Map<Integer, String> targets,
                   IndicatorDefinition.Baseline baseline, BackfillStatus backfill) {

        static Summary of(Version version) {
            IndicatorDefinition d = version.definition();
            return new Summary(d.id(), d.version(), d.plan(), d.objective(), d.type().name(), d.wording(),
                    d.targets(), d.baseline(), version.backfill());
        }
    }
}
