package it.cartella.app.demo;

import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseOpening;
import it.cartella.app.command.Commands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.mongodb.client.MongoDatabase;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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

    @Test
    void loadsTheDemoCasesOnce() {
        DemoLoader loader = new DemoLoader(List.of(new DemoCases(caseOpening, commands)), database);
        long before = storedEvents();

        assertThat(loader.loadMissing()).isEqualTo(1);
        long afterFirstStart = storedEvents();
        assertThat(loader.loadMissing()).isZero();

        // Six people registered and six cases opened.
        assertThat(afterFirstStart - before).isEqualTo(12);
        assertThat(storedEvents()).isEqualTo(afterFirstStart);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(caseList())
                .contains("BNCGLI87C54E648T", "FRRLCU52S02F205Z", "SPSNNA41H63C816T", "CLMMRC09P05E648U",
                        "LMRYSF90A30Z330X", "KVLLNO78L59Z138S"));
    }

    private String caseList() {
        return web.get().uri("/api/cases?size=100").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().toString();
    }
}
