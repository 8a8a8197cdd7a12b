package it.cartella.app.processes;

import it.cartella.kernel.person.CodiceFiscale;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A case manager at work, as a client program: registers a person, opens their case, records an assessment, notes,
 * forms the team and records its meeting, closes every other case. Every command carries an Idempotency-Key; when the node does not
 * answer (it was killed) the client retries the very same request, with the same key, until a node answers. Each
 * request is one command, so "its events" are exactly the ones listed in {@link Step#expected}.
 */
final class CaseWorker implements Runnable {

    /** Codici fiscali unique across workers and runs: a run-wide random prefix and a counter. */
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final int RUN = (int) Math.floorMod(System.nanoTime(), 17_576L);

    enum Outcome { SUCCEEDED, INTERRUPTED, REFUSED }

    /**
     * @param expected event types the command stores, in order
     * @param retries  how many times the request was sent again after getting no answer
     */
    record Step(String key, String description, List<String> expected, Outcome outcome, int retries, int status,
                String body) {
    }

    private final Supplier<Api> api;
    private final String organisation;
    private final String caseManager;
    private final BooleanSupplier keepGoing;
    private final List<Step> steps = Collections.synchronizedList(new ArrayList<>());
    private final List<String> openedCases = Collections.synchronizedList(new ArrayList<>());

    /** @param api the node to talk to now: a client of a cluster may follow the one it is sent to */
    CaseWorker(Supplier<Api> api, String organisation, String caseManager, BooleanSupplier keepGoing) {
        this.api = api;
        this.organisation = organisation;
        this.caseManager = caseManager;
        this.keepGoing = keepGoing;
    }

    @Override
    public void run() {
        int n = 0;
        while (keepGoing.getAsBoolean()) {
            oneCase(n++ % 2 == 0);
        }
    }

    /** One person taken in charge; stops at the first step that does not succeed, as a person would. */
    void oneCase(boolean close) {
        Step person = send("POST", "/persons", personBody(), "register person", List.of("PersonRegistered"));
        if (person.outcome() != Outcome.SUCCEEDED) {
            return;
        }
        String personId = idOf(person, "personId");
        Step opened = send("POST", "/cases", caseBody(personId), "open case", List.of("CaseOpened"));
        if (opened.outcome() != Outcome.SUCCEEDED) {
            return;
        }
        String caseId = idOf(opened, "caseId");
        openedCases.add(caseId);
        String path = "/cases/" + caseId;
        List<Step> rest = new ArrayList<>();
        rest.add(send("POST", path + "/assessments", Map.of("kind", "ANALISI_PRELIMINARE",
                "instrument", "Analisi Preliminare GePI", "assessedOn", LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(3).toString(),
                "result", "Bisogno complesso", "participants", List.of(Map.of("role", "ASSISTENTE_SOCIALE",
                        "organisation", organisation, "user", caseManager))), "assessment", List.of("AssessmentRecorded")));
        for (int note = 0; note < 2 && rest.get(rest.size() - 1).outcome() == Outcome.SUCCEEDED; note++) {
            rest.add(send("POST", path + "/notes", Map.of("notedOn", LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(2).toString(),
                    "text", "Colloquio " + note), "note", List.of("NoteRecorded")));
        }
        if (rest.get(rest.size() - 1).outcome() == Outcome.SUCCEEDED) {
            rest.add(send("PUT", path + "/team", Map.of("members", List.of(Map.of("role", "ASSISTENTE_SOCIALE",
                    "organisation", organisation, "user", caseManager))), "team", List.of("TeamFormed")));
        }
        if (rest.get(rest.size() - 1).outcome() == Outcome.SUCCEEDED) {
            rest.add(send("POST", path + "/team-meetings", Map.of("heldOn", LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(1).toString(),
                    "decisions", "Proseguire", "attendees", List.of(Map.of("role", "ASSISTENTE_SOCIALE",
                            "organisation", organisation, "user", caseManager))), "team meeting",
                    List.of("TeamMeetingRecorded")));
        }
        if (close && rest.get(rest.size() - 1).outcome() == Outcome.SUCCEEDED) {
            send("POST", path + "/closure", Map.of("outcome", "CONCLUSO_POSITIVAMENTE", "beneficiaryRating",
                    "POSITIVE", "operatorRating", "POSITIVE", "closedOn", LocalDate.now(ZoneId.of("Europe/Rome")).toString()), "closure",
                    List.of("CaseClosed"));
        }
    }

    record Opened(String personId, String caseId) {
    }

    /** Registers a person and opens their case; fails unless both succeed. */
    Opened openOnly() {
        Step person = send("POST", "/persons", personBody(), "register person", List.of("PersonRegistered"));
        String personId = idOf(person, "personId");
        Step opened = send("POST", "/cases", caseBody(personId), "open case", List.of("CaseOpened"));
        if (opened.outcome() != Outcome.SUCCEEDED) {
            throw new AssertionError("could not open a case: " + opened);
        }
        return new Opened(personId, idOf(opened, "caseId"));
    }

    /** Sends until a node answers; the same key and body every time. */
    private Step send(String method, String path, Object body, String description, List<String> expected) {
        String key = UUID.randomUUID().toString();
        int retries = 0;
        long giveUp = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (true) {
            Api.Answer answer = api.get().send(method, path, body, key);
            String code = answer.code().orElse("");
            boolean retry = !answer.answered() || answer.status() == 503
                    || "IDEMPOTENT_REQUEST_IN_PROGRESS".equals(code);
            if (!retry || System.nanoTime() > giveUp) {
                Outcome outcome = answer.success() ? Outcome.SUCCEEDED
                        : "IDEMPOTENT_REQUEST_INTERRUPTED".equals(code) ? Outcome.INTERRUPTED : Outcome.REFUSED;
                Step step = new Step(key, description + " " + method + " " + path, expected, outcome, retries,
                        answer.status(), answer.body());
                steps.add(step);
                return step;
            }
            retries++;
            AppProcess.sleep(Duration.ofMillis(300));
        }
    }

    private static String idOf(Step step, String field) {
        try {
            return Api.JSON.readTree(step.body()).path(field).asText();
        } catch (Exception e) {
            throw new IllegalStateException(step.body(), e);
        }
    }

    private Map<String, Object> caseBody(String personId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", personId);
        body.put("residenceComune", organisation.substring("comune-".length()));
        body.put("macroArea", "A");
        body.put("channel", "SEGRETARIATO_SOCIALE");
        body.put("owningOrganisation", organisation);
        body.put("caseManager", caseManager);
        body.put("openedOn", LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(5).toString());
        return body;
    }

    private Map<String, Object> personBody() {
        int n = PEOPLE.incrementAndGet();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n % 20_000);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codiceFiscale", codiceFiscale(letters(RUN) + letters(n), birth));
        body.put("firstName", "Persona");
        body.put("lastName", "Prova" + n);
        body.put("birthDate", birth.toString());
        body.put("sex", "M");
        body.put("residenceComune", organisation.substring("comune-".length()));
        return body;
    }

    /** Three letters for a number below 26³. */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            s.append((char) ('A' + n % 26));
            n /= 26;
        }
        return s.toString();
    }

    /** A well-formed codice fiscale of a man born in Lodi on that day: the check letter is the one that validates. */
    private static String codiceFiscale(String nameLetters, LocalDate birth) {
        String base = nameLetters + String.format("%02d", birth.getYear() % 100)
                + "ABCDEHLMPRST".charAt(birth.getMonthValue() - 1) + String.format("%02d", birth.getDayOfMonth())
                + "E648";
        for (char check = 'A'; check <= 'Z'; check++) {
            if (CodiceFiscale.isValid(base + check)) {
                return base + check;
            }
        }
        throw new IllegalStateException("no check letter validates " + base);
    }

    List<Step> steps() {
        synchronized (steps) {
            return List.copyOf(steps);
        }
    }

    List<String> openedCases() {
        synchronized (openedCases) {
            return List.copyOf(openedCases);
        }
    }
}
