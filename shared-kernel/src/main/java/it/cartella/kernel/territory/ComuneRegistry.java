package it.cartella.kernel.territory;

import it.cartella.kernel.error.DomainException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every Comune of Italy in ISTAT's list (see {@code src/main/reference/README.md} for source, vintage and
 * licence), loaded once from the classpath. Plain Java so both sides and the UI share one lookup without Spring.
 *
 * <p>Comuni suppressed by mergers before the list's date are absent: a codice fiscale issued in one has a Belfiore
 * code that {@link #byBelfiore(String)} does not find, which is why it answers with an {@link Optional}.
 */
public final class ComuneRegistry {

    private static final String STANDARD_RESOURCE = "/reference/comuni-italia.csv";

    private final List<Comune> all;
    private final Map<IstatCode, Comune> byIstat;
    private final Map<String, Comune> byBelfiore;

    private ComuneRegistry(List<Comune> comuni) {
        this.all = List.copyOf(comuni);
        this.byIstat = new HashMap<>();
        this.byBelfiore = new HashMap<>();
        for (Comune comune : all) {
            if (byIstat.put(comune.istatCode(), comune) != null
                    || byBelfiore.put(comune.belfioreCode(), comune) != null) {
                throw new IllegalStateException("Duplicate code in the Comuni list at " + comune.istatCode());
            }
        }
    }

    public static ComuneRegistry standard() {
        return Standard.INSTANCE;
    }

    public Optional<Comune> find(IstatCode istatCode) {
        return Optional.ofNullable(byIstat.get(istatCode));
    }

    /** The Comune of a residence as a user entered it: an unknown code is the user's mistake. */
    public Comune require(IstatCode istatCode) {
        return find(istatCode).orElseThrow(() -> DomainException.invalid("residenceComune", "UNKNOWN_COMUNE",
                "Nessun Comune con questo codice ISTAT.",
                "No Comune has this ISTAT code."));
    }

    public Optional<Comune> byBelfiore(String belfioreCode) {
        return belfioreCode == null ? Optional.empty()
                : Optional.ofNullable(byBelfiore.get(belfioreCode.strip().toUpperCase(Locale.ROOT)));
    }

    /** All Comuni in ISTAT code order. */
    public List<Comune> all() {
        return all;
    }

    /** The Comuni of one region, named as ISTAT does ("Lombardia"), in ISTAT code order. */
    public List<Comune> inRegion(String region) {
        return all.stream().filter(comune -> comune.region().equals(region)).toList();
    }

    private static ComuneRegistry read(InputStream csv) throws IOException {
        List<Comune> comuni = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(";", -1);
                if (fields.length != 5) {
                    throw new IllegalStateException("Malformed line in the Comuni list: " + line);
                }
                comuni.add(new Comune(new IstatCode(fields[0]), fields[1], fields[2], fields[3], fields[4]));
            }
        }
        return new ComuneRegistry(comuni);
    }

    /** Holder idiom: loaded on first use, once, thread-safely, without locking afterwards. */
    private static final class Standard {
        static final ComuneRegistry INSTANCE = load();

        private static ComuneRegistry load() {
            try (InputStream csv = ComuneRegistry.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (csv == null) {
                    throw new IllegalStateException("Missing classpath resource " + STANDARD_RESOURCE);
                }
                return read(csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
