package it.cartella.app.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.kernel.error.DomainException;
import org.springframework.util.MultiValueMap;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a form holds, as typed: field paths ({@code objectives[0].expectedResults[2].description}) to text. Rows added
 * in the page get any free index; the request, and a form shown again, number them 0, 1, 2... in page order, so a
 * field error of the API names the row it is shown on. Blank fields are left out of the request: the API then says
 * what is missing, in its own words.
 */
final class FormValues {

    /** Fields of the page itself, never part of a request. */
    private static final Set<String> PAGE_FIELDS = Set.of("_csrf", "idempotencyKey", "on");
    /** The search boxes of person fields ({@code personSearch.<field id>}): a search, never part of a request. */
    static final String PERSON_SEARCH = "personSearch.";
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");
    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private final Map<String, String> values;
    private final ObjectMapper objectMapper;

    private FormValues(Map<String, String> values, ObjectMapper objectMapper) {
        this.values = values;
        this.objectMapper = objectMapper;
    }

    static FormValues of(MultiValueMap<String, String> form, ObjectMapper objectMapper) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, typed) -> {
            if (!PAGE_FIELDS.contains(name) && !name.startsWith(PERSON_SEARCH) && !typed.isEmpty()) {
                values.put(name, typed.get(typed.size() - 1));
            }
        });
        return new FormValues(values, objectMapper).renumbered();
    }

    static FormValues of(Map<String, String> values, ObjectMapper objectMapper) {
        return new FormValues(new LinkedHashMap<>(values), objectMapper);
    }

    String get(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    /** The row indexes present under a group's path, in order. */
    List<Integer> rows(String groupPath) {
        Set<Integer> found = new TreeSet<>();
        String prefix = groupPath + "[";
        for (String name : values.keySet()) {
            if (name.startsWith(prefix)) {
                int end = name.indexOf(']', prefix.length());
                found.add(Integer.parseInt(name.substring(prefix.length(), end)));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The values as the API request of that type. A value that is not of the field's type (letters in a number)
     * is the user's mistake, reported on its field.
     */
    <T> T request(Class<T> type, String caseId) {
        Map<String, Object> tree = tree(true);
        tree.put("caseId", caseId);
        // A form may hold what only the page needs (which contact to link): the request gets its own fields.
        if (type.isRecord()) {
            Set<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            tree.keySet().retainAll(fields);
        }
        try {
            return objectMapper.convertValue(tree, type);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonMappingException mapping) {
                throw DomainException.invalid(path(mapping), "FORM_VALUE_INVALID",
                        "Valore non valido per questo campo.", "Not a valid value for this field.");
            }
            throw e;
        }
    }

    /** The same values with every list renumbered from 0 in page order, blank fields dropped. */
    private FormValues renumbered() {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", tree(false), flat);
        return new FormValues(flat, objectMapper);
    }

    /**
     * Nested maps and lists from the field paths; blank values and empty rows left out. For a request, a local
     * date-time typed in the page (a {@code datetime-local} field) is the time in Italy, with its offset that day.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> tree(boolean forRequest) {
        Map<String, Object> root = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            Object node = root;
            String[] segments = name.split("\\.");
            for (int i = 0; i < segments.length; i++) {
                Matcher m = SEGMENT.matcher(segments[i]);
                if (!m.matches()) {
                    return;
                }
                boolean last = i == segments.length - 1;
                Map<Object, Object> container = (Map<Object, Object>) node;
                Object key = m.group(1).isEmpty() ? Integer.valueOf(m.group(2)) : m.group(1);
                if (!m.group(1).isEmpty() && m.group(2) != null) {
                    node = container.computeIfAbsent(key, k -> new Rows());
                    key = Integer.valueOf(m.group(2));
                    container = (Map<Object, Object>) node;
                }
                if (last) {
                    String typed = value.strip();
                    container.put(key, forRequest && LOCAL_DATE_TIME.matcher(typed).matches()
                            ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(LocalDateTime.parse(typed).atZone(ITALY)) : typed);
                } else {
                    node = container.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
                }
            }
        });
        return (Map<String, Object>) listed(root);
    }

    /**
     * The rows of a list by index, in the order the page sent them: a browser sends a form's fields in page order,
     * and rows added in the page carry random indexes.
     */
    private static final class Rows extends LinkedHashMap<Integer, Object> {
    }

    /** Index-keyed rows become lists, in page order. */
    @SuppressWarnings("unchecked")
    private static Object listed(Object node) {
        if (node instanceof Rows indexed) {
            List<Object> list = new ArrayList<>();
            indexed.values().forEach(v -> list.add(listed(v)));
            return list;
        }
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, listed(v)));
            return copy;
        }
        return node;
    }

    private static void flatten(String prefix, Object node, Map<String, String> flat) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? (String) k : prefix + "." + k, v, flat));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else {
            flat.put(prefix, (String) node);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
