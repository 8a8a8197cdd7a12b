package it.cartella.kernel.person;

import it.cartella.kernel.error.DomainException;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identifies a person who has no codice fiscale yet, or none we can know: a newly arrived migrant, a homeless
 * person without documents, someone met anonymously by street outreach. The value cannot be mistaken for a
 * codice fiscale (it starts with {@code PRV-}), encodes nothing about the person, and uses Crockford's base-32
 * alphabet, without I, L, O, U, so it can be read out over the phone. Sixty random bits keep collisions
 * negligible for a region's caseload.
 *
 * <p>When the person later gets a codice fiscale, the case records both; the provisional code is never reused.
 */
public record ProvisionalCode(String value, Reason reason) {

    /** Why the person has no codice fiscale in the record. */
    public enum Reason {
        /** Entitled to a codice fiscale, not issued yet (e.g. newly arrived, application in progress). */
        NOT_YET_ASSIGNED,
        /** Identity not established: no documents, or the person cannot say who they are. */
        UNKNOWN_IDENTITY,
        /** Foreign national who has no codice fiscale and is not required to have one. */
        FOREIGN_NO_CF,
        /** Met without giving a name (outreach, helpline, first contact), by choice. */
        ANONYMOUS_CONTACT
    }

    private static final String PREFIX = "PRV-";
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile(
            "PRV-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ProvisionalCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("provisionalCode", "PROVISIONAL_CODE_FORMAT",
                    "Il codice provvisorio deve avere la forma PRV-XXXX-XXXX-XXXX.",
                    "The provisional code must look like PRV-XXXX-XXXX-XXXX.");
        }
        if (reason == null) {
            throw DomainException.invalid("provisionalCodeReason", "PROVISIONAL_CODE_REASON_REQUIRED",
                    "Indicare perché la persona non ha un codice fiscale.",
                    "State why the person has no codice fiscale.");
        }
    }

    /** Reads a code as users type it: surrounding blanks and lower case are tolerated. */
    public static ProvisionalCode of(String value, Reason reason) {
        return new ProvisionalCode(value == null ? null : value.strip().toUpperCase(Locale.ROOT), reason);
    }

    public static ProvisionalCode generate(Reason reason) {
        StringBuilder value = new StringBuilder(PREFIX);
        for (int group = 0; group < 3; group++) {
            if (group > 0) {
                value.append('-');
            }
            for (int i = 0; i < 4; i++) {
                value.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return new ProvisionalCode(value.toString(), reason);
    }
}
