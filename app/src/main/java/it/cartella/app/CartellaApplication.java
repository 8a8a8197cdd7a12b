package it.cartella.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Cartella: event-sourced case management for Italian local social services. */
@SpringBootApplication
public class CartellaApplication {

    public static void main(String[] args) {
        SpringApplication.run(CartellaApplication.class, args);
    }
}
