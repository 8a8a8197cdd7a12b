package it.cartella.query.indicator;

import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One pseudonymous fact of the event history: what happened, when, to which case, person and household (by id only),
 * where and under which macro-area, service and fund. Facts are what indicators are computed from; they never hold
 * a name, a codice fiscale or free text.
 *
 * @param id         the event's identifier, so a re-delivered event writes the same fact
 * @param on         the business date (opening day, signing day...), which decides the period
 * @param at         the instant, where the event has one (discharge, activation), else the start of {@code on}
 * @param episodeId  the intervention, plan, discharge, traineeship or contact the fact belongs to
 * @param attributes the type's attributes (see {@link FactType}): text, lists of text, numbers, or for monitoring
 *                   the map of scores by domain under {@code scores}
 */
public record Fact(String id, FactType type, LocalDate on, Instant at, String caseId, String personId,
                   String householdId, String episodeId, String comune, String organisation, String macroArea,
                   String service, String fundingSource, Map<String, Object> attributes) {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(on, "on");
        at = at == null ? on.atStartOfDay(ROME).toInstant() : at;
        attributes = attributes == null ? Map.of() : attributes.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A common field or an attribute, by the name selectors use. */
    public Object field(String name) {
        return switch (name) {
            case "comune" -> comune;
            case "organisation" -> organisation;
            case "macroArea" -> macroArea;
            case "service" -> service;
            case "fundingSource" -> fundingSource;
            default -> attributes.get(name);
        };
    }

    /** Whether the field holds one of the values, or, for a list, contains one of them. */
    public boolean fieldIn(String name, Collection<String> values) {
        Object value = field(name);
        if (value instanceof Collection<?> list) {
            return list.stream().anyMatch(v -> values.contains(String.valueOf(v)));
        }
        return value != null && values.contains(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Integer> scores() {
        Object scores = attributes.get("scores");
        return scores instanceof Map<?, ?> map ? (Map<String, Integer>) map : Map.of();
    }

    public int step() {
        Object step = attributes.get("step");
        return step instanceof Number n ? n.intValue() : -1;
    }

    Document toDocument() {
        return new Document("_id", id).append("type", type.name()).append("on", on.toString())
                .append("at", Date.from(at)).append("caseId", caseId).append("personId", personId)
                .append("householdId", householdId).append("episodeId", episodeId).append("comune", comune)
                .append("organisation", organisation).append("macroArea", macroArea).append("service", service)
                .append("fundingSource", fundingSource).append("attributes", new Document(attributes));
    }

    static Fact from(Document d) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        Document stored = d.get("attributes", Document.class);
        if (stored != null) {
            stored.forEach((k, v) -> attributes.put(k, v instanceof Document doc ? new LinkedHashMap<>(doc) : v));
        }
        return new Fact(d.getString("_id"), FactType.valueOf(d.getString("type")), LocalDate.parse(d.getString("on")),
                d.getDate("at").toInstant(), d.getString("caseId"), d.getString("personId"),
                d.getString("householdId"), d.getString("episodeId"), d.getString("comune"),
                d.getString("organisation"), d.getString("macroArea"), d.getString("service"),
                d.getString("fundingSource"), attributes);
    }
}
