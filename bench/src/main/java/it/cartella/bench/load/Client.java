package it.cartella.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.kernel.person.CodiceFiscale;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One case manager at work, as the web UI signs in: the sign-in form once, then the API with the session cookie and
 * the CSRF token in a header. (HTTP Basic would cost a bcrypt check per request, about what a whole command costs.)
 * Each client opens its own cases and works on them, so clients do not contend for one case.
 */
final class Client {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private static final String LETTERS = "BCDFGHLMNPRSTVZ";
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private final Random random;
    private Latencies latencies;
    private final List<String> cases = new ArrayList<>();
    private final Map<String, Integer> nextMonitoringStep = new HashMap<>();
    private final Map<String, String> surnames = new HashMap<>();
    private String session;
    private String csrf;

    Client(HttpClient http, String baseUrl, long seed, Latencies latencies) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.random = new Random(seed);
        this.latencies = latencies;
    }

    /** Where the next measured operations are recorded. */
    void recordInto(Latencies latencies) {
        this.latencies = latencies;
    }

    void signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String anonymous = cookie(login);
        String token = csrf(login.body());
        String form = "username=" + enc(username) + "&password=demo&_csrf=" + enc(token);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Cookie", "SESSION=" + anonymous)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        session = cookie(signedIn);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/cases/new"))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
        csrf = csrf(page.body());
    }

    /** One operation of the journey's mix; true for a command, false for a read. Answers may be null (timed out). */
    boolean step(boolean record) throws IOException, InterruptedException {
        if (cases.isEmpty()) {
            openCase(record);
            return true;
        }
        String caseId = cases.get(random.nextInt(cases.size()));
        int pick = random.nextInt(100);
        if (pick < 8) {
            openCase(record);
        } else if (pick < 30) {
            send(record, "note", "POST", "/api/cases/" + caseId + "/notes",
                    "{\"notedOn\":\"2025-02-12\",\"text\":\"Colloquio di verifica con la persona e la famiglia\"}");
        } else if (pick < 40) {
            send(record, "assessment", "POST", "/api/cases/" + caseId + "/assessments",
                    "{\"kind\":\"ANALISI_PRELIMINARE\",\"instrument\":\"Analisi Preliminare GePI\",\"assessedOn\":"
                            + "\"2025-01-20\",\"result\":\"Nucleo monogenitoriale senza reddito da lavoro\","
                            + "\"participants\":[{\"role\":\"ASSISTENTE_SOCIALE\",\"organisation\":\"comune-098031\","
                            + "\"user\":\"as-comune1\"}]}");
        } else if (pick < 45) {
            int step = nextMonitoringStep.merge(caseId, 1, Integer::sum) - 1;
            send(record, "monitoring", "POST", "/api/cases/" + caseId + "/monitoring", "{\"step\":" + step
                    + ",\"monitoredOn\":\"2025-02-" + String.format("%02d", 1 + Math.min(step, 27)) + "\","
                    + "\"scores\":[{\"domain\":\"LAVORO\",\"score\":" + random.nextInt(101) + "}]}");
        } else if (pick < 50) {
            send(record, "team", "PUT", "/api/cases/" + caseId + "/team",
                    "{\"members\":[{\"role\":\"ASSISTENTE_SOCIALE\",\"organisation\":\"comune-098031\","
                            + "\"user\":\"as-comune1\"},{\"role\":\"OPERATORE_LAVORO\",\"organisation\":\"cpi-lodi\"}]}");
        } else if (pick < 55) {
            send(record, "plan", "POST", "/api/cases/" + caseId + "/pais",
                    "{\"objectives\":[{\"description\":\"Inserimento lavorativo\",\"expectedResults\":"
                            + "[{\"description\":\"Tirocinio avviato\",\"dueBy\":\"2025-03-31\"}]}],"
                            + "\"supports\":[{\"service\":\"TIROCINIO_INCLUSIONE_SOCIALE\"}],"
                            + "\"monitoringDates\":[\"2025-06-10\"]}");
        } else if (pick < 75) {
            send(record, "read_case", "GET", "/api/cases/" + caseId, null);
            return false;
        } else if (pick < 85) {
            send(record, "read_list", "GET", "/api/cases?page=0&size=20", null);
            return false;
        } else if (pick < 90) {
            send(record, "read_search", "POST", "/api/cases/search",
                    "{\"text\":\"" + surnames.get(caseId) + "\",\"size\":20}");
            return false;
        } else {
            send(record, "read_timeline", "GET", "/api/cases/" + caseId + "/timeline", null);
            return false;
        }
        return true;
    }

    String openCase(boolean record) throws IOException, InterruptedException {
        LocalDate born = LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String surname = name(8);
        String body = "{\"codiceFiscale\":\"" + codiceFiscale(born) + "\",\"firstName\":\"" + name(6)
                + "\",\"lastName\":\"" + surname + "\",\"birthDate\":\"" + born + "\",\"sex\":\"F\","
                + "\"residenceComune\":\"098031\",\"macroArea\":\"A\",\"channel\":\"SEGRETARIATO_SOCIALE\","
                + "\"owningOrganisation\":\"comune-098031\",\"caseManager\":\"as-comune1\"}";
        HttpResponse<String> answer = send(record, "open_case", "POST", "/api/cases", body);
        if (answer == null || answer.statusCode() != 201) {
            return null;
        }
        String caseId = JSON.readTree(answer.body()).path("caseId").asText();
        cases.add(caseId);
        surnames.put(caseId, surname);
        return caseId;
    }

    HttpResponse<String> send(boolean record, String kind, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).header("Cookie", "SESSION=" + session)
                .header("X-CSRF-TOKEN", csrf).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        long start = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // A request that times out or loses its connection is an error of the run, not the end of it.
            if (record) {
                latencies.record(kind, (System.nanoTime() - start) / 1000, false);
            }
            return null;
        }
        long micros = (System.nanoTime() - start) / 1000;
        if (record) {
            // A 409 from the journey's own rules (a second T0) is an answer, not a failure of the server.
            latencies.record(kind, micros, answer.statusCode() < 500 && answer.statusCode() != 401
                    && answer.statusCode() != 403);
        }
        return answer;
    }

    JsonNode json(HttpResponse<String> answer) throws IOException {
        return JSON.readTree(answer.body());
    }

    private String name(int length) {
        StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 1; i < length; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    private String codiceFiscale(LocalDate born) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        code.append(String.format("%02d", born.getYear() % 100)).append(MONTHS.charAt(born.getMonthValue() - 1))
                .append(String.format("%02d", born.getDayOfMonth() + 40)).append("E648");
        for (char check = 'A'; check <= 'Z'; check++) {
            if (CodiceFiscale.isValid(code.toString() + check)) {
                return code.toString() + check;
            }
        }
        throw new IllegalStateException("no check character fits");
    }

    private static String cookie(HttpResponse<?> answer) {
        for (String header : answer.headers().allValues("set-cookie")) {
            Matcher matcher = SESSION.matcher(header);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("no session cookie in the answer to " + answer.uri());
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
