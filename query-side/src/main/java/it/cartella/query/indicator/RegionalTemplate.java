package it.cartella.query.indicator;

import it.cartella.query.indicator.PublishedTable.PublishedCell;
import it.cartella.query.indicator.PublishedTable.PublishedRow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The indicators of a plan in the layout of the Region's monitoring template: one line per indicator (and, broken
 * down, one per Comune under it), with type, baseline, and target and value for each year of the triennium. Values
 * are the published ones: suppressed cells stay suppressed in the file.
 */
public final class RegionalTemplate {

    /** One indicator with its table over the years, already suppressed for whoever asked. */
    public record Entry(IndicatorDefinition definition, PublishedTable table) {
    }

    private RegionalTemplate() {
    }

    /** @param territoryName the name of a breakdown key (a Comune's name for its ISTAT code) */
    public static List<List<String>> lines(String planName, List<Integer> years, List<Entry> entries,
                                           UnaryOperator<String> territoryName) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Ambito", "Obiettivo", "Codice indicatore", "Versione",
                "Indicatore", "Tipo", "Unità", "Territorio", "Baseline"));
        years.forEach(year -> {
            header.add("Target " + year);
            header.add("Valore " + year);
        });
        lines.add(header);
        for (Entry entry : entries) {
            lines.add(line(planName, years, entry, entry.table().total(), "Totale Ambito"));
            for (PublishedRow row : entry.table().rows()) {
                lines.add(line(planName, years, entry, row, territoryName.apply(row.key())));
            }
        }
        return lines;
    }

    private static List<String> line(String planName, List<Integer> years, Entry entry, PublishedRow row,
                                     String territory) {
        IndicatorDefinition d = entry.definition();
        List<String> line = new ArrayList<>(List.of(planName, text(d.objective()), d.id(), String.valueOf(d.version()),
                d.wording().it(), d.type().name(), entry.table().unit(), territory,
                d.baseline() == null ? "" : text(d.baseline().value())));
        for (Integer year : years) {
            line.add(text(d.targets().get(year)));
            int column = entry.table().columns().indexOf(String.valueOf(year));
            PublishedCell cell = column < 0 ? null : row.cells().get(column);
            line.add(cell == null ? "" : cell.display());
        }
        return line;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
