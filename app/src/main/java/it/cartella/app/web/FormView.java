package it.cartella.app.web;

import it.cartella.app.web.FormSpec.Field;
import it.cartella.app.web.FormSpec.Group;
import it.cartella.app.web.FormSpec.Item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;

/**
 * A form laid out for its template: every field with its full name, its id, its value as typed and its error, and
 * every group with its rows. The template only draws what this gives it.
 */
final class FormView {

    /** Rows added in the page get an index far above those of a rendered form, so the two never meet. */
    private static final int FIRST_ADDED_INDEX = 1_000;

    private FormView() {
    }

    sealed interface Node permits FieldNode, GroupNode {

        default boolean isGroup() {
            return this instanceof GroupNode;
        }
    }

    /** {@code persons} only for a person field. */
    record FieldNode(Field field, String name, String id, String label, String value, String error,
                     List<FormOptions.Option> options, PersonChoices persons) implements Node {

        public boolean checked() {
            return "true".equals(value);
        }
    }

    /** A group of rows; {@code path} names it without index ({@code objectives[0].expectedResults}). */
    record GroupNode(Group group, String path, String id, String label, String error, List<RowNode> rows)
            implements Node {

        /** Where a mistake of the whole group is corrected: its first input, or its add button when it has no row. */
        String target() {
            return rows.isEmpty() ? addButtonId() : rows.get(0).target();
        }

        public String addButtonId() {
            return id + "-add";
        }
    }

    /** A row; {@code error} is a mistake of the row as a whole (the API names the row: {@code commitments[0]}). */
    record RowNode(String path, String id, int number, String error, List<Node> children) {

        /** The row's first input, however deep: a mistake of the row as a whole is corrected from there. */
        String target() {
            for (Node child : children) {
                if (child instanceof FieldNode field) {
                    return field.id();
                }
                if (child instanceof GroupNode group) {
                    return group.target();
                }
            }
            return id;
        }
    }

    /**
     * What a rejected form says about its mistakes: the summary's links, each to the input where the mistake is
     * corrected, and for each such input the ids of the messages that describe it (its own, and those of the rows
     * and groups it is the first input of), for {@code aria-describedby}.
     */
    record Mistakes(ErrorSummary summary, Map<String, String> describedBy) {

        static final Mistakes NONE = new Mistakes(new ErrorSummary(List.of(), List.of()), Map.of());

        /** The value of the input's {@code aria-describedby}; null when nothing describes it. */
        public String of(String inputId) {
            return describedBy.get(inputId);
        }
    }

    /**
     * @param words a message by its key, or the fallback when none is written: the words the page's legends and
     *              labels use, so that each link names its field ("Obiettivo 1 › Risultato atteso 2 › Descrizione")
     */
    static Mistakes mistakes(List<Node> nodes, FormErrors errors, BiFunction<String, String, String> words) {
        List<ErrorSummary.Target> targets = new ArrayList<>();
        Map<String, String> describedBy = new LinkedHashMap<>();
        collect(nodes, "", words, targets, describedBy);
        return new Mistakes(errors.summary(targets), Map.copyOf(describedBy));
    }

    /** In the order of the page: a group's or row's own message before those of the fields inside it. */
    private static void collect(List<Node> nodes, String context, BiFunction<String, String, String> words,
                                List<ErrorSummary.Target> targets, Map<String, String> describedBy) {
        for (Node node : nodes) {
            if (node instanceof FieldNode field) {
                mark(field.name(), field.id(), field.id(), field.error(),
                        context + words.apply("field." + field.label(), field.label()), targets, describedBy);
            } else if (node instanceof GroupNode group) {
                mark(group.path(), group.id(), group.target(), group.error(),
                        context + words.apply("group." + group.label(), group.label()), targets, describedBy);
                String rowName = words.apply("row." + group.group().name(), group.group().name());
                for (RowNode row : group.rows()) {
                    String rowLabel = context + rowName + " " + row.number();
                    mark(row.path(), row.id(), row.target(), row.error(), rowLabel, targets, describedBy);
                    collect(row.children(), rowLabel + " › ", words, targets, describedBy);
                }
            }
        }
    }

    private static void mark(String name, String id, String target, String error, String label,
                             List<ErrorSummary.Target> targets, Map<String, String> describedBy) {
        if (error == null) {
            return;
        }
        targets.add(new ErrorSummary.Target(name, target, label));
        describedBy.merge(target, id + "-error", (first, next) -> first + " " + next);
    }

    static List<Node> nodes(List<Item> items, String prefix, FormValues values, FormErrors errors,
                            Map<String, List<FormOptions.Option>> options, boolean blank) {
        List<Node> nodes = new ArrayList<>();
        for (Item item : items) {
            String name = item.name().isEmpty() ? prefix : prefix.isEmpty() ? item.name() : prefix + "." + item.name();
            String label = lastName(item.name().isEmpty() ? prefix : item.name());
            if (item instanceof Field field) {
                List<FormOptions.Option> choices = field.options() == null ? List.of()
                        : options.getOrDefault(field.options(), List.of());
                PersonChoices persons = field.kind() != FormSpec.Kind.PERSON ? null : PersonChoices.of(
                        values.get(name), options.getOrDefault(FormOptions.CHOSEN_PERSONS, List.of()), List.of(),
                        choices);
                nodes.add(new FieldNode(field, name, id(name), label, values.get(name), errors.message(name),
                        choices, persons));
            } else if (item instanceof Group group) {
                List<Integer> indexes = new ArrayList<>(values.rows(name));
                // A blank form shows at least the group's usual number of rows, after those given by default.
                int next = indexes.isEmpty() ? 0 : indexes.get(indexes.size() - 1) + 1;
                while (blank && indexes.size() < group.minRows()) {
                    indexes.add(next++);
                }
                List<RowNode> rows = new ArrayList<>();
                int number = 1;
                for (int index : indexes) {
                    rows.add(row(group, name, index, number++, values, errors, options, blank));
                }
                nodes.add(new GroupNode(group, name, id(name), label, errors.message(name), rows));
            }
        }
        return nodes;
    }

    /** The names of the form's person fields, in every row the values hold. */
    static List<String> personFields(List<Item> items, String prefix, FormValues values) {
        List<String> fields = new ArrayList<>();
        for (Item item : items) {
            String name = item.name().isEmpty() ? prefix : prefix.isEmpty() ? item.name() : prefix + "." + item.name();
            if (item instanceof Field field && field.kind() == FormSpec.Kind.PERSON) {
                fields.add(name);
            } else if (item instanceof Group group) {
                values.rows(name).forEach(index -> fields.addAll(personFields(group.children(),
                        name + "[" + index + "]", values)));
            }
        }
        return fields;
    }

    /** A new row for a group, added in the page. */
    static RowNode addedRow(FormSpec spec, String groupPath, Map<String, List<FormOptions.Option>> options,
                            FormValues none) {
        int index = FIRST_ADDED_INDEX + ThreadLocalRandom.current().nextInt(1_000_000_000);
        return row(spec.groupAt(groupPath), groupPath, index, 0, none, FormErrors.NONE, options, true);
    }

    private static RowNode row(Group group, String groupPath, int index, int number, FormValues values,
                               FormErrors errors, Map<String, List<FormOptions.Option>> options, boolean blank) {
        String path = groupPath + "[" + index + "]";
        return new RowNode(path, id(path) + "-row", number, errors.message(path), nodes(group.children(), path, values, errors, options, blank));
    }

    /** An id safe in CSS selectors and ARIA references: {@code objectives-0-expectedResults-1-dueBy}. */
    static String id(String name) {
        return name.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    /** The field name a label is looked up by: the last name in the path, indexes dropped. */
    private static String lastName(String path) {
        String plain = path.replaceAll("\\[\\d+]", "");
        return plain.substring(plain.lastIndexOf('.') + 1);
    }
}
