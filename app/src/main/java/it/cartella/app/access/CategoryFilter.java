package it.cartella.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.kernel.privacy.PersonalDataCategory;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shows a read-model row with only the categories a reader was granted. The fields of the other categories are
 * left out, and {@code withheld} names their categories, so the reader knows something was withheld and why (a
 * category not granted) without learning what.
 */
public final class CategoryFilter {

    public static final String WITHHELD = "withheld";

    private final PersonalDataFields fields;
    private final ObjectMapper objectMapper;

    public CategoryFilter(PersonalDataFields fields, ObjectMapper objectMapper) {
        this.fields = fields;
        this.objectMapper = objectMapper;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> filter(Object row, Set<PersonalDataCategory> granted) {
        Map<String, Object> shown = objectMapper.convertValue(row, LinkedHashMap.class);
        Set<PersonalDataCategory> withheld = EnumSet.noneOf(PersonalDataCategory.class);
        fields.categories().forEach((field, category) -> {
            if (!granted.contains(category) && shown.containsKey(field)) {
                shown.remove(field);
                withheld.add(category);
            }
        });
        shown.put(WITHHELD, List.copyOf(withheld));
        return shown;
    }
}
