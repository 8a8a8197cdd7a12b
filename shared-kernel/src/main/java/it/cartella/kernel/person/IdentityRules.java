package it.cartella.kernel.person;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** The checks on a person's identity shared by registration and correction. */
final class IdentityRules {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private IdentityRules() {
    }

    /**
     * Exactly one of codice fiscale and provisional code; a birth date in the past; a codice fiscale that encodes
     * the birth date and sex given.
     */
    static void requireConsistent(CodiceFiscale codiceFiscale, ProvisionalCode provisionalCode, LocalDate birthDate,
                                  Sex sex) {
        Require.past(birthDate, "birthDate", "BIRTH_DATE_IN_FUTURE");
        Require.present(sex, "sex");
        if (codiceFiscale == null && provisionalCode == null) {
            throw DomainException.invalid("codiceFiscale", "IDENTIFICATION_REQUIRED",
                    "Indicare il codice fiscale oppure un codice provvisorio.",
                    "Give the codice fiscale or a provisional code.");
        }
        if (codiceFiscale != null && provisionalCode != null) {
            throw DomainException.invalid("provisionalCode", "PROVISIONAL_CODE_WITH_CODICE_FISCALE",
                    "Il codice provvisorio si usa solo in mancanza del codice fiscale.",
                    "A provisional code is used only when there is no codice fiscale.");
        }
        if (codiceFiscale != null) {
            CodiceFiscale.requireMatches(codiceFiscale, birthDate, sex);
        }
    }

    static String citizenship(String value) {
        String trimmed = Require.optionalText(value, "citizenship");
        if (trimmed == null) {
            return null;
        }
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(upper).matches()) {
            throw DomainException.invalid("citizenship", "CITIZENSHIP_INVALID",
                    "Cittadinanza non valida: codice ISO del paese di due lettere (IT, MA...).",
                    "Invalid citizenship: two-letter ISO country code (IT, MA...).");
        }
        return upper;
    }
}
