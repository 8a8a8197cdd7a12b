package it.cartella.app.deadline;

import com.mongodb.client.MongoDatabase;
import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseOpening;
import it.cartella.app.demo.DemoLoader;
import it.cartella.command.deadline.DeadlinePoller;
import it.cartella.command.person.CodiceFiscaleRegistry;
import it.cartella.query.worklist.Worklist;
import it.cartella.query.worklist.WorklistItem;
import it.cartella.query.worklist.WorklistQueries;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo deadlines give each demo user overdue items, items due within 7 days and within 30. */
class DemoDeadlinesTest extends CartellaAppTest {

    @Autowired
    private CaseOpening caseOpening;
    @Autowired
    private CodiceFiscaleRegistry codiceFiscaleRegistry;
    @Autowired
    private CommandGateway commandGateway;
    @Autowired
    private Clock clock;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private WorklistQueries worklistQueries;
    @Autowired
    private DeadlinePoller deadlinePoller;

    @Test
    void theDemoUsersHaveRealisticWorklists() {
        DemoLoader loader = new DemoLoader(List.of(new DemoDeadlines(caseOpening, codiceFiscaleRegistry,
                commandGateway, clock)), database);
        assertThat(loader.loadMissing()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(types(DemoDeadlines.AS_COMUNE1, 7)).containsExactly("PAIS_SIGNATURE -10",
                    "ADI_FIRST_MEETING -5", "TIS_MAX_DURATION -3", "ADI_FIRST_MEETING 4");
            assertThat(types(DemoDeadlines.AS_COMUNE1, 30)).contains("ADI_POSITION_UPDATE 20");
            assertThat(types(DemoDeadlines.AS_COMUNE2, 7)).containsExactly("PAIS_SIGNATURE 6");
            assertThat(types(DemoDeadlines.AS_COMUNE2, 30)).containsExactly("PAIS_SIGNATURE 6",
                    "TIS_MAX_DURATION 12", "ADI_FIRST_MEETING 25");
        });
        Worklist coordinator = worklistQueries.worklist(DemoDeadlines.COORDINATOR,
                List.of(DemoDeadlines.COMUNE1, DemoDeadlines.COMUNE2, DemoDeadlines.UDP), 7, "it").block();
        assertThat(coordinator.overdue()).isEqualTo(3);
        assertThat(coordinator.items()).extracting(WorklistItem::type).contains("DISCHARGE_CARE_72H");

        // The engine records the three misses.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            deadlinePoller.pollOnce();
            assertThat(worklist(DemoDeadlines.AS_COMUNE1, 7).items()).filteredOn(WorklistItem::overdue)
                    .allMatch(WorklistItem::missed);
        });
    }

    private List<String> types(String user, int horizon) {
        return worklist(user, horizon).items().stream().map(i -> i.type() + " " + i.daysLeft()).toList();
    }

    private Worklist worklist(String user, int horizon) {
        return worklistQueries.worklist(user, List.of(), horizon, "it").block();
    }
}
