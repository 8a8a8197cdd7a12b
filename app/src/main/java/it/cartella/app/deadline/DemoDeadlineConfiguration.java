package it.cartella.app.deadline;

import it.cartella.app.cases.CaseOpening;
import it.cartella.app.worklist.Coordinators;
import it.cartella.command.person.CodiceFiscaleRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.time.Clock;
import java.util.List;

/**
 * Demo mode's deadlines: the data set (after the demo cases) and the demo coordinator, who coordinates the
 * organisations of the demo cases until users and roles exist.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cartella.demo", havingValue = "true")
class DemoDeadlineConfiguration {

    @Bean
    @Order(200)
    DemoDeadlines demoDeadlines(CaseOpening caseOpening, CodiceFiscaleRegistry codiceFiscaleRegistry,
                                CommandGateway commandGateway, Clock clock) {
        return new DemoDeadlines(caseOpening, codiceFiscaleRegistry, commandGateway, clock);
    }

    @Bean
    Coordinators demoCoordinator() {
        List<String> organisations = List.of(DemoDeadlines.COMUNE1, DemoDeadlines.COMUNE2, "comune-098010",
                DemoDeadlines.UDP);
        return user -> DemoDeadlines.COORDINATOR.equals(user) ? organisations : List.of();
    }
}
