package it.cartella.app.erasure;

import it.cartella.query.cases.CaseQueries;
import it.cartella.query.cases.CaseStatus;
import it.cartella.query.cases.CaseView;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Whether the law still requires a person's data to be kept, from their cases and the retention rules. */
@Component
public class Retention {

    private final CaseQueries cases;
    private final RetentionRules rules;

    Retention(CaseQueries cases, RetentionRules rules) {
        this.cases = cases;
        this.rules = rules;
    }

    /**
     * The day the person's data must be kept until; empty when nothing keeps them any longer (no case, or every
     * case closed and past its period). A person with an open case is kept: the answer is then {@link LocalDate#MAX}.
     */
    public Mono<Optional<LocalDate>> keptUntil(String personId, LocalDate today) {
        return cases.ofPerson(personId).collectList().map(found -> keptUntil(found, today));
    }

    /** Every person whose data nothing keeps any longer: what the daily review reports, or erases. */
    public Flux<String> expired(LocalDate today) {
        return cases.all().collect(Collectors.groupingBy(CaseView::personId))
                .flatMapIterable(Map::entrySet)
                .filter(person -> keptUntil(person.getValue(), today).isEmpty())
                .map(Map.Entry::getKey);
    }

    private Optional<LocalDate> keptUntil(List<CaseView> found, LocalDate today) {
        LocalDate until = null;
        for (CaseView view : found) {
            LocalDate kept = view.status() != CaseStatus.CLOSED || view.closedOn() == null ? LocalDate.MAX
                    : rules.keptUntil(view.macroArea(), view.closedOn());
            until = until == null || kept.isAfter(until) ? kept : until;
        }
        return until == null || until.isBefore(today) ? Optional.empty() : Optional.of(until);
    }
}
