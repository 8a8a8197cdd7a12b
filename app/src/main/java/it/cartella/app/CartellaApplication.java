package it.cartella.app;

import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.axonframework.springboot.autoconfig.XStreamAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoReactiveAutoConfiguration;

/**
 * Cartella: event-sourced case management for Italian local social services.
 *
 * <p>Scans all of {@code it.cartella}: the command side's aggregates and handlers are Spring components.
 * The Update Checker is excluded because it calls out and writes outside the data directory; XStream because
 * everything is serialized with Jackson; Spring Boot's Mongo clients because Cartella builds its own (see
 * {@code MongoConfiguration}).
 */
@SpringBootApplication(scanBasePackages = "it.cartella", exclude = {
        UpdateCheckerAutoConfiguration.class,
        XStreamAutoConfiguration.class,
        MongoAutoConfiguration.class,
        MongoReactiveAutoConfiguration.class})
public class CartellaApplication {

    public static void main(String[] args) {
        // Axon prints an advertisement for its hosted console at every start otherwise.
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(CartellaApplication.class, args);
    }
}
