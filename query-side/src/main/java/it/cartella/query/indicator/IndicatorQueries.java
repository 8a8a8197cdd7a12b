package it.cartella.query.indicator;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import it.cartella.kernel.error.DomainException;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Reads definitions, back-fill progress and each version's facts with the reactive driver. */
public class IndicatorQueries {

    private final MongoDatabase database;

    public IndicatorQueries(MongoDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The latest version of every indicator, optionally of one plan, by id. */
    public Flux<Version> latestVersions(String plan) {
        return Flux.from(database.getCollection(IndicatorCatalog.DEFINITIONS)
                        .find(plan == null ? new Document() : Filters.eq("plan", plan)))
                .map(Version::from)
                .collectMultimap(v -> v.definition().id())
                .flatMapIterable(byId -> byId.values().stream()
                        .map(versions -> versions.stream().max(Comparator.comparing(v -> v.definition().version()))
                                .orElseThrow())
                        .sorted(Comparator.comparing(v -> v.definition().id())).toList());
    }

    /** The given version, or the latest when {@code version} is null; a not-found error when there is none. */
    public Mono<Version> version(String id, Integer version) {
        return Flux.from(database.getCollection(IndicatorCatalog.DEFINITIONS).find(Filters.eq("id", id)))
                .map(Version::from)
                .filter(v -> version == null || v.definition().version().equals(version))
                .sort(Comparator.comparing((Version v) -> v.definition().version()).reversed())
                .next()
                .switchIfEmpty(Mono.error(() -> DomainException.notFound("INDICATOR_NOT_FOUND",
                        "Indicatore o versione inesistente: " + id + ".", "No such indicator or version: " + id + ".")));
    }

    /** Every version of the indicator, oldest first. */
    public Flux<Version> versions(String id) {
        return Flux.from(database.getCollection(IndicatorCatalog.DEFINITIONS).find(Filters.eq("id", id)))
                .map(Version::from)
                .sort(Comparator.comparing(v -> v.definition().version()));
    }

    public Mono<List<Fact>> facts(String key) {
        return Flux.from(database.getCollection(IndicatorRows.collection(key)).find()).map(Fact::from).collectList();
    }

    /** A stored version with its back-fill progress. */
    public record Version(IndicatorDefinition definition, BackfillStatus backfill) {

        static Version from(Document stored) {
            return new Version(IndicatorCatalog.definition(stored), IndicatorCatalog.status(stored));
        }
    }
}
