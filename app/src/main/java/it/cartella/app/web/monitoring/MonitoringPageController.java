package it.cartella.app.web.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.app.indicator.IndicatorExports;
import it.cartella.app.indicator.IndicatorPublication;
import it.cartella.app.indicator.IndicatorView;
import it.cartella.app.security.Actor;
import it.cartella.app.security.CurrentActor;
import it.cartella.app.user.Role;
import it.cartella.kernel.error.DomainException;
import it.cartella.query.indicator.BackfillStatus;
import it.cartella.query.indicator.Dimension;
import it.cartella.query.indicator.IndicatorQueries;
import it.cartella.query.indicator.PeriodGrain;
import it.cartella.query.indicator.Plan;
import it.cartella.query.indicator.Plans;
import it.cartella.query.indicator.PublishedTable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The monitoring dashboard of analysts and coordinators: a plan's indicators with target, baseline and value, a
 * chart by period and one by Comune, each with its data table (the charts' accessible alternative and what prints),
 * small cells suppressed as the API publishes them, export buttons, and back-fill progress. Values come from the
 * API's own publication service, so the page shows exactly what the API answers to the same user.
 */
@Controller
class MonitoringPageController {

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)");

    private final IndicatorPublication publication;
    private final IndicatorQueries queries;
    private final Plans plans;
    private final CurrentActor currentActor;
    private final ObjectMapper objectMapper;
    private final IndicatorExports exports;

    MonitoringPageController(IndicatorPublication publication, IndicatorQueries queries, Plans plans,
                             CurrentActor currentActor, ObjectMapper objectMapper, IndicatorExports exports) {
        this.exports = exports;
        this.publication = publication;
        this.queries = queries;
        this.plans = plans;
        this.currentActor = currentActor;
        this.objectMapper = objectMapper;
    }

    /** An indicator's values as the card shows them: by period, by Comune when offered, and the charts' data. */
    public record Card(IndicatorView byPeriod, IndicatorView byComune, List<YearRow> years, String periodChart,
                       String comuneChart) {

        public boolean anySuppressed() {
            return byPeriod.suppressed() || (byComune != null && byComune.suppressed());
        }
    }

    /** One year of the triennium: its target as the plan writes it and the value published. */
    public record YearRow(String year, String target, IndicatorView.Value value) {
    }

    @GetMapping("/monitoring")
    Mono<String> dashboard(@RequestParam(required = false) String plan, Model model, ServerWebExchange exchange) {
        return analyst().flatMap(actor -> {
            Plan chosen = plan == null ? ownPlan(actor) : plans.require(plan);
            return publication.list(chosen.id()).collectList().map(versions -> {
                model.addAttribute("plans", plans.all());
                model.addAttribute("plan", chosen);
                model.addAttribute("indicators", versions);
                model.addAttribute("percents", versions.stream().collect(Collectors.toMap(
                        v -> v.definition().id(), v -> percent(v.backfill()), (a, b) -> a)));
                return "monitoring";
            });
        });
    }

    /** One indicator's card: loaded into the dashboard by htmx, or a printable page of its own. */
    @GetMapping("/monitoring/indicators/{id}")
    Mono<String> indicator(@PathVariable String id, Model model, ServerWebExchange exchange) {
        boolean fragment = "true".equals(exchange.getRequest().getHeaders().getFirst("HX-Request"));
        boolean english = "en".equals(exchange.getLocaleContext().getLocale().getLanguage());
        return analyst().flatMap(actor -> publication.view(id, null, PeriodGrain.YEAR, null, null, null, actor)
                .flatMap(byPeriod -> (byPeriod.dimensions().contains(Dimension.COMUNE)
                        ? publication.view(id, null, PeriodGrain.YEAR, null, null, Dimension.COMUNE, actor)
                        .map(List::of) : Mono.just(List.<IndicatorView>of()))
                        .map(byComune -> card(byPeriod, byComune.isEmpty() ? null : byComune.get(0), english))))
                .switchIfEmpty(Mono.error(() -> DomainException.notFound("INDICATOR_NOT_FOUND",
                        "Indicatore inesistente: " + id + ".", "No such indicator: " + id + ".")))
                .map(card -> {
                    model.addAttribute("card", card);
                    return fragment ? "indicator-card :: card" : "monitoring-indicator";
                });
    }

    /** A back-fill's progress; it polls itself while the back-fill runs. */
    @GetMapping("/monitoring/indicators/{id}/versions/{version}/backfill")
    Mono<String> backfill(@PathVariable String id, @PathVariable int version, Model model) {
        return analyst().then(queries.version(id, version)).map(v -> {
            BackfillStatus status = v.backfill();
            model.addAttribute("id", id);
            model.addAttribute("version", version);
            model.addAttribute("status", status);
            model.addAttribute("percent", percent(status));
            return "progress :: backfill";
        });
    }

    /** What the export button posts. */
    public record ExportForm(String plan, String format) {
    }

    /** A plan's export by Comune, prepared in the background: the page follows its progress. */
    @PostMapping("/monitoring/exports")
    Mono<String> startExport(@ModelAttribute ExportForm form) {
        return analyst().flatMap(actor -> exports.start(form.plan(), "xlsx".equals(form.format()), actor))
                .map(job -> "redirect:/monitoring/exports/" + job.id());
    }

    @GetMapping("/monitoring/exports/{id}")
    Mono<String> export(@PathVariable String id, Model model, ServerWebExchange exchange) {
        boolean fragment = "true".equals(exchange.getRequest().getHeaders().getFirst("HX-Request"));
        return analyst().map(actor -> {
            model.addAttribute("job", exports.find(id, actor));
            return fragment ? "progress :: export" : "monitoring-export";
        });
    }

    @GetMapping("/monitoring/exports/{id}/file")
    Mono<ResponseEntity<byte[]>> exportFile(@PathVariable String id) {
        return analyst().map(actor -> exports.find(id, actor)).filter(IndicatorExports.Job::finished)
                .switchIfEmpty(Mono.error(() -> DomainException.conflict("EXPORT_NOT_READY",
                        "L'esportazione non è ancora pronta.", "The export is not ready yet.")))
                .map(job -> ResponseEntity.ok()
                        .contentType(job.xlsx() ? MediaType.parseMediaType(
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                : new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(job.fileName()).build().toString())
                        .body(job.file()));
    }

    static int percent(BackfillStatus status) {
        if (status.state() == BackfillStatus.State.DONE) {
            return 100;
        }
        return status.total() <= 0 ? 0 : (int) Math.min(99, status.processed() * 100 / status.total());
    }

    private Card card(IndicatorView byPeriod, IndicatorView byComune, boolean english) {
        IndicatorView.Line total = byPeriod.total();
        List<YearRow> years = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        for (IndicatorView.Value value : total.values()) {
            String target = target(byPeriod, value.period());
            years.add(new YearRow(value.period(), target, value));
            labels.add(value.period());
            values.add(value.status() == PublishedTable.Status.SHOWN ? value.value() : null);
            targets.add(number(target));
        }
        String valueLabel = english ? "Value" : "Valore";
        String targetLabel = english ? "Target" : "Obiettivo";
        Map<String, Object> periodChart = chart("line", labels, List.of(
                dataset(valueLabel, values), dataset(targetLabel, targets)));
        String comuneChart = null;
        if (byComune != null) {
            List<String> comuni = new ArrayList<>();
            List<Double> totals = new ArrayList<>();
            for (IndicatorView.Line row : byComune.rows()) {
                comuni.add(row.label());
                totals.add(row.total().status() == PublishedTable.Status.SHOWN ? row.total().value() : null);
            }
            comuneChart = json(chart("bar", comuni, List.of(dataset(valueLabel, totals))));
        }
        return new Card(byPeriod, byComune, years, json(periodChart), comuneChart);
    }

    private static String target(IndicatorView view, String period) {
        try {
            return view.targets().get(Integer.valueOf(period.length() >= 4 ? period.substring(0, 4) : period));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The number in a target as plans write them ("60", "≥ 5", "30%"); null for words ("incremento"). */
    static Double number(String target) {
        if (target == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(target);
        return m.find() ? Double.valueOf(m.group(1).replace(',', '.')) : null;
    }

    private static Map<String, Object> chart(String type, List<String> labels, List<Map<String, Object>> datasets) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", type);
        chart.put("labels", labels);
        chart.put("datasets", datasets);
        return chart;
    }

    private static Map<String, Object> dataset(String label, List<Double> data) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", data);
        return dataset;
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data are plain lists", e);
        }
    }

    /** The plan of the user's own Ambito when there is one, else the first. */
    private Plan ownPlan(Actor actor) {
        return plans.all().stream()
                .filter(p -> actor.ambito() != null && p.owningOrganisation().equals(actor.ambito().value()))
                .findFirst().orElse(plans.all().get(0));
    }

    private Mono<Actor> analyst() {
        return currentActor.get().filter(actor -> actor.has(Role.ANALYST) || actor.has(Role.COORDINATOR))
                .switchIfEmpty(Mono.error(() -> DomainException.forbidden("MONITORING_ONLY",
                        "Riservato ad analisti e coordinatori.", "Reserved to analysts and coordinators.")));
    }
}
