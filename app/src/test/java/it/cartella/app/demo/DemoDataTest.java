package it.cartella.app.demo;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseOpening;
import it.cartella.command.person.CodiceFiscaleRegistry;
import it.cartella.app.command.Commands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.mongodb.client.MongoDatabase;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo data go through the real commands, and are loaded once however often Cartella restarts. */
class DemoDataTest extends CartellaAppTest {

    @Autowired
    private CaseOpening caseOpening;

    @Autowired
    private Commands commands;

    @Autowired
    private MongoDatabase database;

    @Autowired
    private CodiceFiscaleRegistry codiceFiscaleRegistry;

    @Test
    void loadsTheDemoCasesOnce() {
        DemoLoader loader = new DemoLoader(List.of(new DemoCases(caseOpening, commands, codiceFiscaleRegistry)), database);
        long before = storedEvents();

        assertThat(loader.loadMissing()).isEqualTo(1);
        long afterFirstStart = storedEvents();
        assertThat(loader.loadMissing()).isZero();

        // Seven people registered and seven cases opened; one share grant, one referral sent and accepted, one seal.
        assertThat(afterFirstStart - before).isEqualTo(18);
        assertThat(storedEvents()).isEqualTo(afterFirstStart);
        // The Ambito's coordinator sees every case but the sealed one; its case manager, a member, sees that too.
        // Each looked up by its codice fiscale: the shared test database holds more cases than one page shows.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Stream.of("BNCGLI87C54E648T",
                "FRRLCU52S02F205Z", "SPSNNA41H63C816T", "CLMMRC09P05E648U", "LMRYSF90A30Z330X", "KVLLNO78L59Z138S")
                .filter(codiceFiscale -> !finds("coord.udp", codiceFiscale))).as("not found by coord.udp").isEmpty());
        assertThat(finds("coord.udp", "RSSMTN93D52E648E")).isFalse();
        assertThat(finds("as.comune1", "RSSMTN93D52E648E")).isTrue();
    }

    private boolean finds(String username, String codiceFiscale) {
        return as(username).post().uri("/api/cases/search").bodyValue(Map.of("text", codiceFiscale, "size", 100))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().toString()
                .contains(codiceFiscale);
    }
}
