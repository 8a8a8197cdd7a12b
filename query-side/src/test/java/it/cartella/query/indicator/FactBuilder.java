package it.cartella.query.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Hand-made facts for the vocabulary tests: only what each test needs is set. */
final class FactBuilder {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final FactType type;
    private LocalDate on = LocalDate.of(2025, 3, 1);
    private Instant at;
    private String caseId;
    private String personId;
    private String householdId;
    private String episodeId;
    private String comune = "098031";
    private String macroArea = "A";
    private String service;
    private String fundingSource;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    private FactBuilder(FactType type) {
        this.type = type;
    }

    static FactBuilder fact(FactType type) {
        return new FactBuilder(type);
    }

    FactBuilder on(String day) {
        this.on = LocalDate.parse(day);
        return this;
    }

    FactBuilder at(String instant) {
        this.at = Instant.parse(instant);
        this.on = at.atZone(Fact.ROME).toLocalDate();
        return this;
    }

    FactBuilder ofCase(String caseId, String personId) {
        this.caseId = caseId;
        this.personId = personId;
        return this;
    }

    FactBuilder household(String householdId) {
        this.householdId = householdId;
        return this;
    }

    FactBuilder episode(String episodeId) {
        this.episodeId = episodeId;
        return this;
    }

    FactBuilder comune(String comune) {
        this.comune = comune;
        return this;
    }

    FactBuilder macroArea(String macroArea) {
        this.macroArea = macroArea;
        return this;
    }

    FactBuilder service(String service) {
        this.service = service;
        return this;
    }

    FactBuilder funding(String fundingSource) {
        this.fundingSource = fundingSource;
        return this;
    }

    FactBuilder with(String attribute, Object value) {
        attributes.put(attribute, value);
        return this;
    }

    Fact build() {
        return new Fact("f" + IDS.incrementAndGet(), type, on, at, caseId, personId, householdId, episodeId, comune,
                "comune-" + comune, macroArea, service, fundingSource, attributes);
    }
}
