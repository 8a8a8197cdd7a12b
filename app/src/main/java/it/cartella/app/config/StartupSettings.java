package it.cartella.app.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Checks the settings that decide whether Cartella may start at all, before anything connects or writes.
 *
 * <ul>
 *   <li>Demo mode is refused on a real MongoDB: demo data are fictitious people, who must never mix with real
 *       ones in a shared database.</li>
 *   <li>The key of the codice fiscale registry's keyed hash must be configured on a real MongoDB
 *       (CARTELLA_CODICE_FISCALE_KEY), like the database password: a lost key orphans every registration. On the
 *       embedded database it is generated once and kept in the data directory, next to the data it protects, so
 *       that a fresh clone starts with nothing to configure.</li>
 * </ul>
 */
public class StartupSettings implements EnvironmentPostProcessor {

    static final String PROPERTY = "cartella.person.codice-fiscale-key";
    static final String KEY_FILE = "codice-fiscale.key";

    private static final int KEY_BYTES = 32;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean external = StringUtils.hasText(environment.getProperty("cartella.mongodb.uri"));
        if (external && environment.getProperty("cartella.demo", Boolean.class, false)) {
            throw new StartupRefusedException(
                    "CARTELLA_DEMO=true is refused because CARTELLA_MONGODB_URI is set: demo data are loaded only "
                            + "into the embedded database.",
                    "Unset CARTELLA_MONGODB_URI to try the demo on the embedded database, or unset CARTELLA_DEMO.");
        }
        if (StringUtils.hasText(environment.getProperty(PROPERTY))) {
            return;
        }
        if (external) {
            throw new StartupRefusedException(
                    "CARTELLA_CODICE_FISCALE_KEY is not set: it is required with CARTELLA_MONGODB_URI.",
                    "Set CARTELLA_CODICE_FISCALE_KEY to a secret of at least 32 bytes, base64-encoded "
                            + "(for example: openssl rand -base64 32), and keep it: changing it orphans every "
                            + "registered codice fiscale.");
        }
        Path dataDir = Path.of(environment.getProperty("cartella.data-dir", "./data"));
        String key = readOrCreate(dataDir.resolve(KEY_FILE));
        environment.getPropertySources().addFirst(new MapPropertySource("cartellaEmbeddedKeys", Map.of(PROPERTY, key)));
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(bytes);
            String key = Base64.getEncoder().encodeToString(bytes);
            Files.writeString(file, key, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
            restrictToOwner(file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
