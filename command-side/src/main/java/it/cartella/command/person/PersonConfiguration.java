package it.cartella.command.person;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Base64;

/**
 * Wires the {@link CodiceFiscaleRegistry} on the command side's MongoDB database. The HMAC key is deployment
 * configuration ({@code cartella.person.codice-fiscale-key}, base64, at least 32 bytes), never a constant in
 * code: whoever holds it can test codici fiscali against the registry.
 */
@Configuration
public class PersonConfiguration {

    @Bean
    public CodiceFiscaleRegistry codiceFiscaleRegistry(MongoDatabase database,
                                                       @Value("${cartella.person.codice-fiscale-key}") String key) {
        return new CodiceFiscaleRegistry(database, Base64.getDecoder().decode(key), Clock.systemUTC());
    }
}
