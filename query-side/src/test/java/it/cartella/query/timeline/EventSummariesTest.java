package it.cartella.query.timeline;

import it.cartella.kernel.cases.AccessChannel;
import it.cartella.kernel.cases.ActivationMode;
import it.cartella.kernel.cases.CaseOpened;
import it.cartella.kernel.catalog.MacroArea;
import it.cartella.kernel.id.CaseId;
import it.cartella.kernel.id.OrganisationId;
import it.cartella.kernel.id.PersonId;
import it.cartella.kernel.id.UserId;
import it.cartella.kernel.territory.IstatCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventSummariesTest {

    @Test
    void aCaseOpeningReadsAsItsOperatorsSayIt() {
        Summary summary = EventSummaries.of(new CaseOpened(CaseId.of("c1"), PersonId.of("p1"),
                OrganisationId.of("comune-098031"), IstatCode.of("098031"), MacroArea.of("A"), AccessChannel.PUA,
                ActivationMode.ON_REQUEST, UserId.of("as-comune1"), null, LocalDate.of(2025, 1, 15)));

        assertThat(summary).isEqualTo(new Summary("Aperto il caso per macro-area A (canale PUA), dal 15/01/2025",
                "Case opened for macro-area A (channel PUA), from 2025-01-15"));
    }

    /** Every event of the aggregates a case's timeline reads has a summary of its own, not the generic fallback. */
    @Test
    void everyEventOfTheCaseDomainIsNamedInTheSummaries() throws IOException {
        String source = Files.readString(Path.of("src/main/java/it/cartella/query/timeline/EventSummaries.java"));
        Path kernel = Path.of("../shared-kernel/src/main/java/it/cartella/kernel");
        List<String> events = new ArrayList<>(List.of("DeadlineMissed"));
        for (String feature : List.of("cases", "contact", "household", "pais", "intervention", "tirocinio",
                "discharge")) {
            try (Stream<Path> files = Files.list(kernel.resolve(feature))) {
                files.map(p -> p.getFileName().toString().replace(".java", ""))
                        .filter(name -> name.matches(".*(Opened|Assigned|Recorded|Formed|Closed|Reopened"
                                + "|Transferred|Drafted|Signed|Activated|Ended|Extended|Completed|Interrupted|Started"
                                + "|Registered|Added|Linked)"))
                        .forEach(events::add);
            }
        }
        assertThat(events).hasSizeGreaterThan(25);
        assertThat(events).allSatisfy(event -> assertThat(source).contains("instanceof " + event));
    }
}
