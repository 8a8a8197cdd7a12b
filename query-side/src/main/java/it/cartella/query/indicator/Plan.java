package it.cartella.query.indicator;

import java.util.List;
import java.util.Map;

/**
 * A Piano di Zona: its Ambito's Comuni (ISTAT codes; their facts are the plan's), optional sub-areas grouping them,
 * the first year of its triennium, and the organisation that owns its data (the Ufficio di Piano), which sees its
 * indicators without suppression.
 */
public record Plan(String id, String name, String owningOrganisation, int trienniumStart, List<String> comuni,
                   Map<String, List<String>> subAreas) {

    public Plan {
        comuni = List.copyOf(comuni);
        subAreas = subAreas == null ? Map.of() : Map.copyOf(subAreas);
    }

    public boolean covers(Fact fact) {
        return fact.comune() != null && comuni.contains(fact.comune());
    }

    String subAreaOf(String comune) {
        return subAreas.entrySet().stream().filter(e -> e.getValue().contains(comune)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
