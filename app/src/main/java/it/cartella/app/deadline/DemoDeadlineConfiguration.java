package it.cartella.app.deadline;

import it.cartella.app.cases.CaseOpening;
import it.cartella.app.command.AggregateFacts;
import it.cartella.app.command.Commands;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.time.Clock;

/** Demo mode's deadlines, loaded after the demo directory and cases. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cartella.demo", havingValue = "true")
class DemoDeadlineConfiguration {

    @Bean
    @Order(200)
    DemoDeadlines demoDeadlines(CaseOpening caseOpening, Commands commands, AggregateFacts facts, Clock clock) {
        return new DemoDeadlines(caseOpening, commands, facts, clock);
    }
}
