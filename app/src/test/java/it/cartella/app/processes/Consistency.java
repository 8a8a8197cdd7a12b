package it.cartella.app.processes;

import com.fasterxml.jackson.databind.JsonNode;
import it.cartella.app.processes.CaseWorker.Outcome;
import it.cartella.app.processes.CaseWorker.Step;
import it.cartella.app.processes.StoredEvents.StoredEvent;
import org.assertj.core.api.SoftAssertions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold after any number of kills: the store against the answers, the read models against the store. */
final class Consistency {

    private static final Duration CONVERGENCE = Duration.ofMinutes(4);

    private Consistency() {
    }

    /**
     * Every answered command has its events exactly once; an interrupted one has all of them or none; no request
     * stored anything twice; every aggregate's stream runs 0, 1, 2... without a gap or a repeat.
     */
    static void storeMatchesAnswers(StoredEvents store, Collection<Step> steps) {
        Map<String, List<StoredEvent>> byKey = store.byCorrelationId();
        SoftAssertions softly = new SoftAssertions();
        for (Step step : steps) {
            List<String> stored = byKey.getOrDefault(step.key(), List.of()).stream().map(StoredEvent::type).toList();
            switch (step.outcome()) {
                case SUCCEEDED -> softly.assertThat(stored).as("events of the answered %s", step.description())
                        .isEqualTo(step.expected());
                case INTERRUPTED -> softly.assertThat(stored).as("events of the interrupted %s", step.description())
                        .satisfiesAnyOf(s -> assertThat(s).isEmpty(), s -> assertThat(s).isEqualTo(step.expected()));
                case REFUSED -> softly.assertThat(stored).as("events of the refused %s (%s %s)", step.description(),
                        step.status(), step.body()).isEmpty();
            }
        }
        store.byAggregate().forEach((aggregate, events) -> {
            List<Long> sequences = events.stream().map(StoredEvent::sequence).sorted().toList();
            List<Long> expected = new ArrayList<>();
            for (long i = 0; i < sequences.size(); i++) {
                expected.add(i);
            }
            softly.assertThat(sequences).as("sequence numbers of aggregate %s", aggregate).isEqualTo(expected);
        });
        softly.assertAll();
    }

    /**
     * The case file and the case list of every case converge to what its events say: opened once, closed if a
     * closure is stored, as many assessments, notes and team meetings as stored (a projection that handled an event
     * twice, or skipped one, would count differently).
     */
    static void readModelsConverge(StoredEvents store, Collection<String> caseIds, Supplier<Api> reader) {
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        Map<String, String> differences = differences(store, caseIds, reader.get());
        while (!differences.isEmpty() && System.nanoTime() < deadline) {
            AppProcess.sleep(Duration.ofSeconds(2));
            differences = differences(store, caseIds, reader.get());
        }
        assertThat(differences).as("read models that differ from the events after %s", CONVERGENCE).isEmpty();
    }

    private static Map<String, String> differences(StoredEvents store, Collection<String> caseIds, Api api) {
        Map<String, String> listed = listedStatuses(api);
        Map<String, String> differences = new HashMap<>();
        for (String caseId : caseIds) {
            String expected = "OPEN".equals(status(store, caseId)) ? "OPEN" : "CLOSED";
            String fromEvents = expected + " assessments=" + store.count(caseId, "AssessmentRecorded")
                    + " notes=" + store.count(caseId, "NoteRecorded")
                    + " meetings=" + store.count(caseId, "TeamMeetingRecorded") + " listed=" + expected;
            Api.Answer answer = api.get("/cases/" + caseId);
            String fromReadModel;
            if (answer.success()) {
                JsonNode file = answer.json();
                fromReadModel = file.path("status").asText() + " assessments=" + file.path("assessments").size()
                        + " notes=" + file.path("notesCount").asInt() + " meetings="
                        + file.path("teamMeetings").size() + " listed=" + listed.get(caseId);
            } else {
                fromReadModel = "HTTP " + answer.status();
            }
            if (!fromEvents.equals(fromReadModel)) {
                differences.put(caseId, "events: " + fromEvents + " / read model: " + fromReadModel);
            }
        }
        return differences;
    }

    private static String status(StoredEvents store, String caseId) {
        return store.count(caseId, "CaseClosed") > store.count(caseId, "CaseReopened") ? "CLOSED" : "OPEN";
    }

    /** Every case of the signed-in user's list, page by page, with its status; a case listed twice fails here. */
    private static Map<String, String> listedStatuses(Api api) {
        Map<String, String> statuses = new HashMap<>();
        for (int page = 0; ; page++) {
            Api.Answer answer = api.get("/cases?size=100&page=" + page);
            if (!answer.success()) {
                return statuses;
            }
            JsonNode items = answer.json().path("items");
            for (JsonNode item : items) {
                String previous = statuses.put(item.path("caseId").asText(), item.path("status").asText());
                assertThat(previous).as("case %s listed twice", item.path("caseId").asText()).isNull();
            }
            if (items.size() < 100) {
                return statuses;
            }
        }
    }

    /** How the run went, for the test's output. */
    static String summary(Collection<Step> steps) {
        Map<Outcome, Long> outcomes = new HashMap<>();
        long retried = 0;
        for (Step step : steps) {
            outcomes.merge(step.outcome(), 1L, Long::sum);
            retried += step.retries() > 0 ? 1 : 0;
        }
        return steps.size() + " commands " + outcomes + ", " + retried + " sent again after getting no answer";
    }
}
