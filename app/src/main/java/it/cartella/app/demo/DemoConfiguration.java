package it.cartella.app.demo;

import com.mongodb.client.MongoDatabase;
import it.cartella.app.cases.CaseOpening;
import it.cartella.command.person.CodiceFiscaleRegistry;
import it.cartella.app.command.Commands;
import it.cartella.app.organisation.OrganisationRegistry;
import it.cartella.app.user.UserRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.util.List;

/**
 * Demo mode (CARTELLA_DEMO=true): loads the demo data sets at start-up. Refused on a real MongoDB, see
 * {@code CartellaProperties}. The directory (organisations, agreements,
 * users) comes first: the cases name its organisations and users.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cartella.demo", havingValue = "true")
class DemoConfiguration {

    @Bean
    @Order(10)
    DemoDirectory demoDirectory(OrganisationRegistry organisations, UserRegistry users, PasswordEncoder encoder) {
        return new DemoDirectory(organisations, users, encoder);
    }

    @Bean
    @Order(100)
    DemoCases demoCases(CaseOpening caseOpening, Commands commands, CodiceFiscaleRegistry codiceFiscaleRegistry) {
        return new DemoCases(caseOpening, commands, codiceFiscaleRegistry);
    }

    @Bean
    DemoLoader demoLoader(List<DemoDataSet> dataSets, MongoDatabase database) {
        return new DemoLoader(dataSets, database);
    }

    @Bean
    ApplicationRunner loadDemoData(DemoLoader demoLoader) {
        return arguments -> {
            demoLoader.loadMissing();
            DemoDirectory.announce();
        };
    }
}
