package it.cartella.app.indicator;

import it.cartella.app.CartellaAppTest;
import it.cartella.query.indicator.FactProjection;
import it.cartella.query.indicator.IndicatorDefinition;
import it.cartella.query.indicator.IndicatorQueries;
import it.cartella.query.indicator.IndicatorTable;
import it.cartella.query.indicator.PeriodGrain;
import it.cartella.query.indicator.Plan;
import it.cartella.query.indicator.Plans;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The indicators over HTTP, on the demo histories: every shipped indicator has a value; outsiders (a Comune's case
 * manager) see small cells suppressed and the Ufficio di Piano's analyst does not; an analyst defines an indicator
 * and a new version as data and sees them back-filled; the plan exports in the template layout.
 */
class IndicatorApiTest extends CartellaAppTest {

    /** An analyst of the Ufficio di Piano of Lodi, the organisation that owns the Lodi plan's data. */
    private static final String ANALYST = "analista";

    private static boolean demoLoaded;

    @Autowired
    private CommandGateway commandGateway;

    @Autowired
    private EventProcessingConfiguration eventProcessing;

    @Autowired
    private Plans plans;

    @Autowired
    private IndicatorQueries queries;

    @BeforeEach
    void demoHistories() {
        if (!demoLoaded) {
            demoLoaded = true;
            new IndicatorDemoData(commandGateway).load();
        }
        TrackingEventProcessor facts = eventProcessing
                .eventProcessor(FactProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> !facts.processingStatus().isEmpty()
                && facts.processingStatus().values().stream().allMatch(s -> s.isCaughtUp()));
        await().atMost(Duration.ofSeconds(60)).until(() -> list().stream()
                .allMatch(s -> "DONE".equals(((Map<?, ?>) s.get("backfill")).get("state"))));
    }

    @Test
    void everyShippedIndicatorHasAValueOverTheTriennium() {
        assertThat(list()).hasSizeGreaterThanOrEqualTo(plans.shipped().size());
        for (IndicatorDefinition definition : plans.shipped()) {
            Plan plan = plans.require(definition.plan());
            IndicatorTable table = IndicatorTable.compute(definition, plan,
                    queries.facts(definition.key()).block(), null, PeriodGrain.TRIENNIUM,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), Instant.now());
            Double value = table.total().total().value();
            assertThat(value).as(definition.id()).isNotNull();
            if (definition.computation().counts()) {
                assertThat(value).as(definition.id()).isPositive();
            }
        }
    }

    @Test
    void outsidersSeeSmallCountsSuppressedTheOwnerSeesThem() {
        Map<?, ?> outsider = view("/api/indicators/LODI-H1-03?by=comune&period=year", web);
        Map<?, ?> owner = view("/api/indicators/LODI-H1-03?by=comune&period=year", as(ANALYST));

        assertThat(outsider.get("suppressed")).isEqualTo(true);
        assertThat(owner.get("suppressed")).isEqualTo(false);
        assertThat(displays(outsider)).noneMatch(d -> d.matches("[1-4]")).contains("<5");
        assertThat(displays(owner)).noneMatch(d -> d.equals("<5") || d.equals("x"));
    }

    @Test
    void anAnalystDefinesAnIndicatorAsDataAndSeesItBackFilled() {
        String definition = """
                {"id": "LODI-PROVA-01", "plan": "LODI", "objective": "A1", "type": "OUTPUT",
                 "wording": {"it": "Persone prese in carico nell'area povertà", "en": "People taken in charge, poverty"},
                 "computation": {"op": "count", "per": "PERSON",
                                 "facts": {"facts": ["CASE_OPENED"], "where": {"macroArea": ["A"]}}},
                 "dimensions": ["COMUNE"], "targets": {"2025": "50"}}""";
        web.post().uri("/api/indicators").contentType(MediaType.APPLICATION_JSON).bodyValue(definition).exchange()
                .expectStatus().isForbidden();
        Map<?, ?> accepted = as(ANALYST).post().uri("/api/indicators").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(definition).exchange().expectStatus().isAccepted()
                .expectHeader().location("/api/indicators/LODI-PROVA-01/versions/1/backfill")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(accepted.get("version")).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(backfill("LODI-PROVA-01", 1).get("state")));
        Map<?, ?> progress = backfill("LODI-PROVA-01", 1);
        assertThat(((Number) progress.get("processed")).longValue()).isPositive()
                .isEqualTo(((Number) progress.get("total")).longValue());
        Map<?, ?> byComune = view("/api/indicators/LODI-PROVA-01?by=comune", as(ANALYST));
        assertThat((List<?>) byComune.get("rows")).isNotEmpty();
        assertThat((Double) ((Map<?, ?>) ((Map<?, ?>) byComune.get("total")).get("total")).get("value")).isPositive();

        String version2 = definition.replace("\"PERSON\"", "\"APPLICATION\"");
        as(ANALYST).post().uri("/api/indicators/LODI-PROVA-01/versions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(version2).exchange().expectStatus().isAccepted()
                .expectBody().jsonPath("$.version").isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(backfill("LODI-PROVA-01", 2).get("state")));
        assertThat(view("/api/indicators/LODI-PROVA-01", as(ANALYST)).get("version")).isEqualTo(2);
        assertThat(view("/api/indicators/LODI-PROVA-01?version=1", as(ANALYST)).get("version")).isEqualTo(1);
    }

    @Test
    void aDefinitionWithAMistakeIsAProblemNamingIt() {
        as(ANALYST).post().uri("/api/indicators").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"id": "LODI-PROVA-02", "plan": "LODI", "type": "OUTPUT",
                         "wording": {"it": "x", "en": "x"},
                         "computation": {"op": "count", "per": "PERSON",
                                         "facts": {"facts": ["CASE_OPENED"], "where": {"outcome": ["ASSUNTO"]}}}}""")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("INDICATOR_FILTER_UNKNOWN");
        web.get().uri("/api/indicators/LODI-A1-06?period=decade").exchange().expectStatus().isBadRequest();
        web.get().uri("/api/indicators/NON-ESISTE").exchange().expectStatus().isNotFound();
    }

    @Test
    void thePlanExportsInTheTemplateLayoutAsCsvAndXlsx() throws Exception {
        byte[] csv = web.get().uri("/api/indicators/export?plan=ALTO-SEBINO&format=csv&by=comune").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).contains("Codice indicatore", "Tipo", "Baseline", "Target 2025", "Valore 2025",
                "Valore 2027");
        assertThat(lines).anyMatch(l -> l.contains("ASEB-03-03") && l.contains("Totale Ambito"))
                .anyMatch(l -> l.contains("ASEB-03-03") && l.contains("Lovere"));

        byte[] xlsx = web.get().uri("/api/indicators/export?plan=SAN-GIULIANO-MILANESE&format=xlsx").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Codice indicatore");
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
        }
    }

    private List<Map<String, Object>> list() {
        return web.get().uri("/api/indicators").exchange().expectStatus().isOk()
                .expectBodyList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    private Map<?, ?> backfill(String id, int version) {
        return web.get().uri("/api/indicators/" + id + "/versions/" + version + "/backfill").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<?, ?> view(String uri, org.springframework.test.web.reactive.server.WebTestClient client) {
        return client.get().uri(uri).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static List<String> displays(Map<?, ?> view) {
        return ((List<?>) view.get("rows")).stream()
                .flatMap(row -> ((List<?>) ((Map<?, ?>) row).get("values")).stream())
                .map(value -> (String) ((Map<?, ?>) value).get("display")).toList();
    }
}
