package it.cartella.app.indicator;

import it.cartella.query.indicator.BackfillStatus;
import it.cartella.query.indicator.Computation;
import it.cartella.query.indicator.Dimension;
import it.cartella.query.indicator.IndicatorDefinition;
import it.cartella.query.indicator.IndicatorQueries.Version;
import it.cartella.query.indicator.PeriodGrain;
import it.cartella.query.indicator.PublishedTable;
import it.cartella.query.indicator.PublishedTable.PublishedCell;
import it.cartella.query.indicator.PublishedTable.PublishedRow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** An indicator version with its values for the period and breakdown asked, as published to the one asking. */
public record IndicatorView(String id, int version, String plan, String objective, String type,
                     IndicatorDefinition.Wording wording, Computation computation, List<Dimension> dimensions,
                     Map<Integer, String> targets, IndicatorDefinition.Baseline baseline, String source,
                     BackfillStatus backfill, PeriodGrain period, LocalDate from, LocalDate to, Dimension by,
                     String unit, boolean suppressed, List<Line> rows, Line total) {

    public record Value(String period, Double value, String display, PublishedTable.Status status) {
    }

    public record Line(String key, String label, List<Value> values, Value total) {
    }

    static IndicatorView of(Version version, IndicatorPublication.Request request, PublishedTable table,
                            UnaryOperator<String> label) {
        IndicatorDefinition d = version.definition();
        return new IndicatorView(d.id(), d.version(), d.plan(), d.objective(), d.type().name(), d.wording(),
                d.computation(), d.dimensions(), d.targets(), d.baseline(), d.source(), version.backfill(),
                request.grain(), request.from(), request.to(), request.by(), table.unit(), table.suppressed(),
                table.rows().stream().map(r -> line(r, table.columns(), label)).toList(),
                line(table.total(), table.columns(), label));
    }

    private static Line line(PublishedRow row, List<String> columns, UnaryOperator<String> label) {
        List<Value> values = IntStream.range(0, columns.size())
                .mapToObj(i -> value(columns.get(i), row.cells().get(i))).toList();
        return new Line(row.key(), label.apply(row.key()), values, value("TOTAL", row.total()));
    }

    private static Value value(String period, PublishedCell cell) {
        return new Value(period, cell.value(), cell.display(), cell.status());
    }
}
