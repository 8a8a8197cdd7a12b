package it.cartella.app.web;

import it.cartella.app.web.FormSpec.Field;
import it.cartella.app.web.FormSpec.Group;
import it.cartella.app.web.FormSpec.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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

    record FieldNode(Field field, String name, String id, String label, String value, String error,
                     List<FormOptions.Option> options) implements Node {

        public boolean checked() {
            return "true".equals(value);
        }
    }

    /** A group of rows; {@code path} names it without index ({@code objectives[0].expectedResults}). */
    record GroupNode(Group group, String path, String id, String label, String error, List<RowNode> rows)
            implements Node {
    }

    /** A row; {@code error} is a mistake of the row as a whole (the API names the row: {@code commitments[0]}). */
    record RowNode(String path, String id, int number, String error, List<Node> children) {
    }

    static List<Node> nodes(List<Item> items, String prefix, FormValues values, FormErrors errors,
                            Map<String, List<FormOptions.Option>> options, boolean blank) {
        List<Node> nodes = new ArrayList<>();
        for (Item item : items) {
            String name = item.name().isEmpty() ? prefix : prefix.isEmpty() ? item.name() : prefix + "." + item.name();
            String label = lastName(item.name().isEmpty() ? prefix : item.name());
            if (item instanceof Field field) {
                nodes.add(new FieldNode(field, name, id(name), label, values.get(name), errors.message(name),
                        field.options() == null ? List.of() : options.getOrDefault(field.options(), List.of())));
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
