package it.cartella.query.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.cartella.kernel.error.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Piani di Zona Cartella knows ({@code indicator/plans.json}) and the indicator definitions shipped for each
 * (the file each plan names). Adding a plan is adding its entry and its file.
 */
public final class Plans {

    private static final String PLANS = "indicator/plans.json";

    private final Map<String, Plan> plans;
    private final List<IndicatorDefinition> shipped;

    private Plans(Map<String, Plan> plans, List<IndicatorDefinition> shipped) {
        this.plans = Map.copyOf(plans);
        this.shipped = List.copyOf(shipped);
    }

    public static Plans standard() {
        Map<String, Plan> plans = new LinkedHashMap<>();
        List<IndicatorDefinition> shipped = new ArrayList<>();
        for (JsonNode entry : read(PLANS)) {
            ObjectNode fields = ((ObjectNode) entry).deepCopy();
            String definitions = fields.remove("definitions").asText();
            Plan plan = IndicatorJson.MAPPER.convertValue(fields, Plan.class);
            plans.put(plan.id(), plan);
            for (JsonNode definition : read(definitions)) {
                shipped.add(IndicatorJson.definition(definition.toString()));
            }
        }
        return new Plans(plans, shipped);
    }

    public List<Plan> all() {
        return List.copyOf(plans.values());
    }

    public Optional<Plan> find(String id) {
        return Optional.ofNullable(plans.get(id));
    }

    public Plan require(String id) {
        return find(id).orElseThrow(() -> DomainException.invalid("plan", "PLAN_UNKNOWN",
                "Piano di Zona sconosciuto: " + id + ".", "Unknown Piano di Zona: " + id + "."));
    }

    public List<IndicatorDefinition> shipped() {
        return shipped;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Plans.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return IndicatorJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
