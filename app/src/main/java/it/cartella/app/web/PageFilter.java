package it.cartella.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.app.access.CategoryFilter;
import it.cartella.kernel.privacy.PersonalDataCategory;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API's category filter for pages: the row goes through {@link CategoryFilter} exactly as an API answer does,
 * and comes back as the same type with the withheld fields left empty, so templates keep their typed access and
 * cannot show what the filter removed.
 */
@Component
class PageFilter {

    private final CategoryFilter filter;
    private final ObjectMapper objectMapper;

    PageFilter(CategoryFilter caseViewFilter, ObjectMapper objectMapper) {
        this.filter = caseViewFilter;
        this.objectMapper = objectMapper;
    }

    @SuppressWarnings("unchecked")
    <T> Shown<T> show(T row, Set<PersonalDataCategory> granted) {
        Map<String, Object> all = objectMapper.convertValue(row, LinkedHashMap.class);
        Map<String, Object> kept = filter.filter(row, granted);
        List<Object> withheld = (List<Object>) kept.remove(CategoryFilter.WITHHELD);
        Set<String> hidden = new HashSet<>(all.keySet());
        hidden.removeAll(kept.keySet());
        T value = (T) objectMapper.convertValue(kept, row.getClass());
        return new Shown<>(value, hidden, withheld.stream()
                .map(category -> objectMapper.convertValue(category, PersonalDataCategory.class)).toList());
    }
}
