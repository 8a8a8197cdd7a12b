package it.cartella.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Cartella's own settings. The environment variables of the operations contract (CARTELLA_MONGODB_URI,
 * CARTELLA_DATA_DIR...) are mapped onto these names in {@code application.properties}; demo mode and the
 * codice fiscale key are checked earlier, by {@link StartupSettings}.
 *
 * @param mongodb where the data lives
 * @param dataDir the embedded database's directory, the only place Cartella writes to
 */
@ConfigurationProperties("cartella")
public record CartellaProperties(@DefaultValue Mongodb mongodb, @DefaultValue("./data") Path dataDir) {

    /**
     * @param uri          a real MongoDB (replica set); blank means the embedded server
     * @param database     database name, the same for the event store and the read models
     * @param embeddedPort port of the embedded server on 127.0.0.1; 0 picks a free one
     */
    public record Mongodb(String uri, @DefaultValue("cartella") String database, int embeddedPort) {

        public boolean isExternal() {
            return uri != null && !uri.isBlank();
        }
    }
}
