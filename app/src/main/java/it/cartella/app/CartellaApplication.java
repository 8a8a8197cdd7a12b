package it.cartella.app;

import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoReactiveAutoConfiguration;

/**
 * Cartella: event-sourced case management for Italian local social services.
 *
 * <p>Scans all of {@code it.cartella}: the command side's aggregates and handlers are Spring components.
 * The Update Checker is excluded because it calls out and writes outside the data directory; Spring Boot's Mongo
 * clients because Cartella builds its own (see {@code MongoConfiguration}).
 */
@SpringBootApplication(scanBasePackages = "it.cartella", exclude = {
        UpdateCheckerAutoConfiguration.class,
        MongoAutoConfiguration.class,
        MongoReactiveAutoConfiguration.class})
public class CartellaApplication {

    public static void main(String[] args) {
        SpringApplication.run(CartellaApplication.class, args);
    }
}
