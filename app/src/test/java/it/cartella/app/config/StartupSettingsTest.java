package it.cartella.app.config;

import it.cartella.app.CartellaApplication;
import it.cartella.app.CartellaAppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.StandardEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupSettingsTest {

    @Test
    void refusesDemoModeOnARealMongoDb(@TempDir Path dataDir) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(CartellaApplication.class);

        assertThatThrownBy(() -> application.run(
                "--cartella.mongodb.uri=mongodb://db.example.invalid:27017",
                "--cartella.demo=true",
                "--cartella.person.codice-fiscale-key=" + CartellaAppTest.TEST_CODICE_FISCALE_KEY,
                "--cartella.data-dir=" + dataDir,
                "--server.port=0"))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("CARTELLA_DEMO=true is refused because CARTELLA_MONGODB_URI is set");
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void requiresTheCodiceFiscaleKeyOnARealMongoDb() {
        assertThatThrownBy(() -> settle(Map.of("cartella.mongodb.uri", "mongodb://db.example.invalid:27017")))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("CARTELLA_CODICE_FISCALE_KEY");
    }

    @Test
    void keepsAGeneratedKeyInTheDataDirectoryOfTheEmbeddedDatabase(@TempDir Path dataDir) throws Exception {
        String first = settle(Map.of("cartella.data-dir", dataDir.toString()));
        String second = settle(Map.of("cartella.data-dir", dataDir.toString()));

        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(dataDir.resolve(StartupSettings.KEY_FILE))).isEqualTo(first);
    }

    private static String settle(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(
                new org.springframework.core.env.MapPropertySource("test", properties));
        new StartupSettings().postProcessEnvironment(environment, null);
        return environment.getProperty(StartupSettings.PROPERTY);
    }
}
