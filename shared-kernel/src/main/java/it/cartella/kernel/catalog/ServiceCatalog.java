package it.cartella.kernel.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reference catalogue of macro-areas, funding sources, services and outcomes, kept as versioned data
 * ({@code /reference/catalog-v1.json}, built from the domain's services.md) rather than enums: the Piani di Zona
 * change every three years, and events keep only codes, so a new version must not need new code.
 *
 * <p>Loading checks the catalogue's own consistency (unique codes, every reference resolves) and fails fast:
 * an inconsistent catalogue is a build defect.
 */
public final class ServiceCatalog {

    private static final String STANDARD_RESOURCE = "/reference/catalog-v1.json";

    private final String version;
    private final Map<String, MacroArea> macroAreas;
    private final Map<String, FundingSource> fundingSources;
    private final Map<String, ServiceCode> services;
    private final Map<String, OutcomeCode> outcomes;

    private ServiceCatalog(String version, Map<String, MacroArea> macroAreas, Map<String, FundingSource> fundingSources,
                           Map<String, ServiceCode> services, Map<String, OutcomeCode> outcomes) {
        this.version = version;
        this.macroAreas = macroAreas;
        this.fundingSources = fundingSources;
        this.services = services;
        this.outcomes = outcomes;
    }

    /** The catalogue shipped with this build, loaded once. */
    public static ServiceCatalog standard() {
        return Standard.INSTANCE;
    }

    /** Reads a catalogue in the format of {@code catalog-v1.json}. */
    public static ServiceCatalog read(InputStream json) {
        try {
            return fromTree(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable service catalogue", e);
        }
    }

    public String version() {
        return version;
    }

    public List<MacroArea> macroAreas() {
        return List.copyOf(macroAreas.values());
    }

    public List<FundingSource> fundingSources() {
        return List.copyOf(fundingSources.values());
    }

    public List<ServiceCode> services() {
        return List.copyOf(services.values());
    }

    public List<OutcomeCode> outcomes() {
        return List.copyOf(outcomes.values());
    }

    public Optional<MacroArea> macroArea(String code) {
        return Optional.ofNullable(macroAreas.get(code));
    }

    public Optional<FundingSource> fundingSource(String code) {
        return Optional.ofNullable(fundingSources.get(code));
    }

    public Optional<ServiceCode> service(String code) {
        return Optional.ofNullable(services.get(code));
    }

    public Optional<OutcomeCode> outcome(String code) {
        return Optional.ofNullable(outcomes.get(code));
    }

    /** The services whose primary or secondary macro-area is the given one, in catalogue order. */
    public List<ServiceCode> servicesIn(MacroArea macroArea) {
        return services.values().stream().filter(service -> service.belongsTo(macroArea)).toList();
    }

    private static ServiceCatalog fromTree(JsonNode root) {
        Map<String, MacroArea> macroAreas = index(root.path("macroAreas"), node ->
                new MacroArea(text(node, "code"), text(node, "nameIt"), text(node, "nameEn")), MacroArea::code);
        Map<String, FundingSource> fundingSources = index(root.path("fundingSources"), node ->
                new FundingSource(text(node, "code"), text(node, "nameIt"), text(node, "nameEn")), FundingSource::code);
        Map<String, ServiceCode> services = index(root.path("services"), node -> new ServiceCode(
                text(node, "code"), text(node, "nameIt"), text(node, "nameEn"),
                resolve(node.path("macroAreas"), macroAreas, "macro-area"),
                node.path("leps").asBoolean(),
                resolve(node.path("fundingSources"), fundingSources, "funding source")), ServiceCode::code);
        Map<String, OutcomeCode> outcomes = index(root.path("outcomes"), node -> new OutcomeCode(
                text(node, "code"), OutcomeCode.Kind.valueOf(text(node, "kind")), text(node, "nameIt"),
                text(node, "nameEn"), texts(node.path("values"))), OutcomeCode::code);
        return new ServiceCatalog(text(root, "version"), macroAreas, fundingSources, services, outcomes);
    }

    private static <T> Map<String, T> index(JsonNode array, Function<JsonNode, T> reader, Function<T, String> code) {
        Map<String, T> byCode = new LinkedHashMap<>();
        for (JsonNode node : array) {
            T entry = reader.apply(node);
            if (byCode.putIfAbsent(code.apply(entry), entry) != null) {
                throw new IllegalStateException("Duplicate catalogue code " + code.apply(entry));
            }
        }
        return Collections.unmodifiableMap(byCode);
    }

    private static <T> List<T> resolve(JsonNode codes, Map<String, T> known, String kind) {
        List<T> resolved = new ArrayList<>();
        for (String code : texts(codes)) {
            T entry = known.get(code);
            if (entry == null) {
                throw new IllegalStateException("Catalogue refers to unknown " + kind + " " + code);
            }
            resolved.add(entry);
        }
        return resolved;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Holder idiom: loaded on first use, once, thread-safely, without locking afterwards. */
    private static final class Standard {
        static final ServiceCatalog INSTANCE = load();

        private static ServiceCatalog load() {
            try (InputStream json = ServiceCatalog.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (json == null) {
                    throw new IllegalStateException("Missing classpath resource " + STANDARD_RESOURCE);
                }
                return read(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
