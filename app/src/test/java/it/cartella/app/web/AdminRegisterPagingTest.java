package it.cartella.app.web;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseRef;
import it.cartella.app.cases.OpenCaseRequest;
import it.cartella.query.access.CaseAccessQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The DPO's register of share grants grows with every disclosure of the Ambito, so it is read a page at a time
 * (50 rows, latest expiry first) with links to the pages before and after; a page number past the end shows the
 * last page and anything that is not a number the first.
 */
class AdminRegisterPagingTest extends CartellaAppTest {

    private static final Pattern ROW = Pattern.compile("Registro paging (\\d+)<");
    private static final Pattern PAGES = Pattern.compile("Pagina (\\d+) di (\\d+)");

    @Autowired
    private CaseAccessQueries accessQueries;

    @Test
    void theRegisterOfShareGrantsIsReadAPageAtATimeLatestExpiryFirst() {
        String cf = TestPeople.codiceFiscale("PGN", "LRA", LocalDate.of(1981, 6, 9), "F");
        String caseId = web.post().uri("/api/cases").bodyValue(new OpenCaseRequest(cf, "Lara", "Pagani",
                        "1981-06-09", "F", "098031", "A", "SEGRETARIATO_SOCIALE", "ON_REQUEST", "comune-098031",
                        "as-comune1", null)).exchange().expectStatus().isCreated()
                .expectBody(CaseRef.class).returnResult().getResponseBody().caseId();
        long before = accessQueries.countGrants().block();
        // Expiries decades ahead of any other test's grants, so these 55 are the register's first rows.
        Instant far = Instant.now().plus(20_000, ChronoUnit.DAYS);
        for (int i = 1; i <= 55; i++) {
            web.post().uri("/api/cases/{id}/shares", caseId).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("recipient", "caritas-lodi", "purpose", "Registro paging " + i,
                            "categories", List.of("SOCIAL"), "legalBasis", "AGREEMENT",
                            "legalReference", "CONV-2025-004",
                            "expiresAt", far.plus(i, ChronoUnit.DAYS).toString()))
                    .exchange().expectStatus().isCreated();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> accessQueries.countGrants().block() >= before + 55);

        String first = register("1");
        assertThat(rows(first)).as("the first page: the 50 latest expiries, latest first")
                .isEqualTo(descending(55, 6));
        Matcher pages = PAGES.matcher(first);
        assertThat(pages.find()).isTrue();
        int last = Integer.parseInt(pages.group(2));
        assertThat(pages.group(1)).isEqualTo("1");
        assertThat(last).isGreaterThanOrEqualTo(2);
        assertThat(first).contains("rel=\"next\"", "/admin/grants?page=2").doesNotContain("rel=\"prev\"");

        String second = register("2");
        assertThat(rows(second)).startsWith(5, 4, 3, 2, 1);
        assertThat(second).contains("Pagina 2 di " + last, "Righe 51-", "/admin/grants?page=1", "rel=\"prev\"");

        assertThat(register("not-a-number")).contains("Pagina 1 di " + last);
        String beyond = register("100000");
        assertThat(beyond).contains("Pagina " + last + " di " + last).doesNotContain("rel=\"next\"");
        as("as.comune1").get().uri("/admin/grants?page=2").exchange().expectStatus().isForbidden();
    }

    private String register(String page) {
        return as("dpo").get().uri("/admin/grants?page={page}", page).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static List<Integer> rows(String html) {
        Matcher row = ROW.matcher(html);
        List<Integer> found = new java.util.ArrayList<>();
        while (row.find()) {
            found.add(Integer.parseInt(row.group(1)));
        }
        return found;
    }

    private static List<Integer> descending(int from, int to) {
        List<Integer> numbers = new java.util.ArrayList<>();
        for (int i = from; i >= to; i--) {
            numbers.add(i);
        }
        return numbers;
    }
}
