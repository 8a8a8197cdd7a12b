package it.cartella.kernel.deadline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules with clocks in force, read from versioned configuration ({@code /reference/deadline-rules-v1.json}):
 * the law changes the durations and the start events (MLPS note 6062/2024 moved the start of the 120 days), and a
 * change must be a new file, not new code. Loading checks the set and fails fast.
 */
public final class DeadlineRules {

    public static final String STANDARD_RESOURCE = "/reference/deadline-rules-v1.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final String name;
    private final Map<String, DeadlineRule> rules;

    private DeadlineRules(String name, List<DeadlineRule> rules) {
        this.name = name;
        Map<String, DeadlineRule> byId = new LinkedHashMap<>();
        for (DeadlineRule rule : rules) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("Rule " + rule.id() + " is defined twice");
            }
        }
        this.rules = byId;
    }

    public static DeadlineRules of(String name, List<DeadlineRule> rules) {
        return new DeadlineRules(name, rules);
    }

    /** The rules shipped with this build. */
    public static DeadlineRules standard() {
        return load(STANDARD_RESOURCE);
    }

    /** Reads a rule set from the classpath, in the format of {@code deadline-rules-v1.json}. */
    public static DeadlineRules load(String resource) {
        try (InputStream in = DeadlineRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No deadline rules at " + resource);
            }
            JsonNode tree = JSON.readTree(in);
            List<DeadlineRule> rules = JSON.convertValue(tree.get("rules"), new TypeReference<>() { });
            return new DeadlineRules(tree.get("name").asText(), rules);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable deadline rules " + resource, e);
        }
    }

    /** The rule set's own name, e.g. {@code deadline-rules-v1}. */
    public String name() {
        return name;
    }

    public List<DeadlineRule> all() {
        return List.copyOf(rules.values());
    }

    public Optional<DeadlineRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Rule id to version: what the stores compare to know whether their due dates need recomputing. */
    public Map<String, Integer> versions() {
        Map<String, Integer> versions = new TreeMap<>();
        rules.values().forEach(rule -> versions.put(rule.id(), rule.version()));
        return versions;
    }
}
