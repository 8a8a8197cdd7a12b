package it.cartella.query.indicator;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs a start and an end fact of the same case (or episode, person...): the start is the subject's first
 * {@code from} fact, the end its first {@code to} fact not before the start. A pair belongs to the cell that anchors
 * its start; its end may come later.
 */
final class Pairs {

    record Pair(Fact start, Fact end) {
    }

    private Pairs() {
    }

    static List<Pair> of(List<Fact> all, Selector from, Selector to, Subject pairBy, Scope scope) {
        Map<String, Fact> starts = new HashMap<>();
        all.stream().filter(from::matches).filter(f -> pairBy.of(f) != null)
                .forEach(f -> starts.merge(pairBy.of(f), f, (a, b) -> b.at().isBefore(a.at()) ? b : a));
        return starts.entrySet().stream()
                .filter(e -> scope.anchors(e.getValue()))
                .map(e -> new Pair(e.getValue(), all.stream()
                        .filter(to::matches)
                        .filter(f -> Objects.equals(pairBy.of(f), e.getKey()))
                        .filter(f -> !f.at().isBefore(e.getValue().at()))
                        .min(Comparator.comparing(Fact::at)).orElse(null)))
                .toList();
    }
}
