package it.cartella.app.deadline;

import com.mongodb.client.MongoDatabase;
import it.cartella.app.CartellaAppTest;
import it.cartella.app.cases.CaseOpening;
import it.cartella.app.demo.DemoLoader;
import it.cartella.command.deadline.DeadlinePoller;
import it.cartella.app.command.AggregateFacts;
import it.cartella.app.command.Commands;
import it.cartella.query.cases.CaseQueries;
import it.cartella.query.cases.CaseView;
import it.cartella.query.worklist.Worklist;
import it.cartella.query.worklist.WorklistItem;
import it.cartella.query.worklist.WorklistQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo deadlines give each demo user overdue items, items due within 7 days and within 30. */
class DemoDeadlinesTest extends CartellaAppTest {

    private static final Set<String> DEMO_PEOPLE = Set.of("NREMRA85M12E648A", "BRNLRA72E45E648N",
            "CSTSFN92B52E648A", "GRCFNC68H15E648E", "MNTGPP55L20E648G", "RMNNDR80S11E648V", "FNTGLI95D58E648B",
            "MRNCRL40C43E648N");

    @Autowired
    private CaseOpening caseOpening;
    @Autowired
    private Commands commands;
    @Autowired
    private AggregateFacts facts;
    @Autowired
    private CaseQueries caseQueries;
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
        DemoLoader loader = new DemoLoader(List.of(new DemoDeadlines(caseOpening, commands, facts, clock)), database);
        assertThat(loader.loadMissing()).isEqualTo(1);
        // Other tests put items on the same users' worklists: look at the demo's cases only.
        await().atMost(Duration.ofSeconds(20)).until(() -> demoCases().size() == DEMO_PEOPLE.size());
        Set<String> demoCases = demoCases();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(types(DemoDeadlines.AS_COMUNE1, 7, demoCases)).containsExactly("PAIS_SIGNATURE -10",
                    "ADI_FIRST_MEETING -5", "TIS_MAX_DURATION -3", "ADI_FIRST_MEETING 4");
            assertThat(types(DemoDeadlines.AS_COMUNE1, 30, demoCases)).contains("ADI_POSITION_UPDATE 20");
            assertThat(types(DemoDeadlines.AS_COMUNE2, 7, demoCases)).containsExactly("PAIS_SIGNATURE 6");
            assertThat(types(DemoDeadlines.AS_COMUNE2, 30, demoCases)).containsExactly("PAIS_SIGNATURE 6",
                    "TIS_MAX_DURATION 12", "ADI_FIRST_MEETING 25");
        });
        List<WorklistItem> coordinator = worklistQueries.worklist(DemoDeadlines.COORDINATOR,
                List.of(DemoDeadlines.COMUNE1, DemoDeadlines.COMUNE2, DemoDeadlines.UDP), 7, "it").block().items();
        assertThat(coordinator).filteredOn(i -> demoCases.contains(i.caseId())).extracting(WorklistItem::type)
                .containsExactly("PAIS_SIGNATURE", "ADI_FIRST_MEETING", "TIS_MAX_DURATION", "DISCHARGE_CARE_72H",
                        "ADI_FIRST_MEETING", "PAIS_SIGNATURE");

        // The engine records the three misses.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            deadlinePoller.pollOnce();
            assertThat(worklist(DemoDeadlines.AS_COMUNE1, 7).items())
                    .filteredOn(i -> demoCases.contains(i.caseId()) && i.overdue())
                    .hasSize(3).allMatch(WorklistItem::missed);
        });
    }

    private List<String> types(String user, int horizon, Set<String> demoCases) {
        return worklist(user, horizon).items().stream().filter(i -> demoCases.contains(i.caseId()))
                .map(i -> i.type() + " " + i.daysLeft()).toList();
    }

    private Set<String> demoCases() {
        return caseQueries.all()
                .filter(c -> DEMO_PEOPLE.contains(c.codiceFiscale())).map(CaseView::caseId)
                .collect(Collectors.toSet()).block();
    }

    private Worklist worklist(String user, int horizon) {
        return worklistQueries.worklist(user, List.of(), horizon, "it").block();
    }
}
