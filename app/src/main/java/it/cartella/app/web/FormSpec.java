package it.cartella.app.web;

import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a command form asks and which API command it sends: its fields, possibly in repeating groups nested in one
 * another (a plan's objectives, their expected results, their steps), laid out by one template. The names of the
 * fields are the paths of the API request's JSON ({@code objectives[0].expectedResults[1].dueBy}), so the API's own
 * field errors land next to the inputs that caused them.
 *
 * @param key      the form's name in the address and in the message keys ({@code form.<key>.title})
 * @param target   what the form acts on: a case, one record of a case (a plan, an intervention...), or nothing yet
 * @param items    the fields and groups, in order
 * @param defaults the values a blank form starts with
 * @param send     sends the command through the API's handler, with the form's data as its request
 */
record FormSpec(String key, Target target, List<Item> items, Function<FormContext, Map<String, String>> defaults,
                Function<FormContext, Mono<? extends ResponseEntity<?>>> send) {

    enum Target { CASE, RECORD, NONE }

    /** A field or a repeating group. */
    sealed interface Item permits Field, Group {
        String name();
    }

    /** {@code PERSON}: a registered person, chosen among those of this session or found by a search. */
    enum Kind { TEXT, TEXTAREA, DATE, DATETIME, MONTH, NUMBER, SELECT, CHECKBOX, PERSON }

    /**
     * @param name    the field's name in the request; empty for the value of a list of plain values
     * @param options for a select, the key of its options (see {@link FormOptions})
     */
    record Field(String name, Kind kind, String options, boolean required) implements Item {

        Field optional() {
            return new Field(name, kind, options, false);
        }
    }

    /** A list in the request: each row holds the children; a new blank form shows {@code minRows} rows. */
    record Group(String name, List<Item> children, int minRows) implements Item {

        Group rows(int count) {
            return new Group(name, children, count);
        }

        /** A list of plain values (dates, ids): one unnamed field per row. */
        public boolean plain() {
            return children.size() == 1 && children.get(0).name().isEmpty();
        }
    }

    static Field text(String name) {
        return new Field(name, Kind.TEXT, null, true);
    }

    static Field textarea(String name) {
        return new Field(name, Kind.TEXTAREA, null, true);
    }

    static Field date(String name) {
        return new Field(name, Kind.DATE, null, true);
    }

    static Field dateTime(String name) {
        return new Field(name, Kind.DATETIME, null, true);
    }

    static Field month(String name) {
        return new Field(name, Kind.MONTH, null, true);
    }

    static Field number(String name) {
        return new Field(name, Kind.NUMBER, null, true);
    }

    static Field select(String name, String options) {
        return new Field(name, Kind.SELECT, options, true);
    }

    static Field registeredPerson(String name) {
        return new Field(name, Kind.PERSON, FormOptions.RECENT_PERSONS, true);
    }

    static Field checkbox(String name) {
        return new Field(name, Kind.CHECKBOX, null, false);
    }

    static Group group(String name, Item... children) {
        return new Group(name, List.of(children), 1);
    }

    /** The group of the spec a row path names, indexes ignored: {@code objectives[3].expectedResults}. */
    Group groupAt(String path) {
        List<Item> level = items;
        Group found = null;
        for (String segment : path.replaceAll("\\[\\d+]", "").split("\\.")) {
            found = level.stream().filter(i -> i instanceof Group && i.name().equals(segment)).map(Group.class::cast)
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("No group " + path));
            level = found.children();
        }
        return found;
    }
}
