package it.cartella.kernel.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import it.cartella.kernel.error.DomainException;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The codice fiscale of a natural person (DM 23/12/1976, DPR 605/1973): 16 characters encoding surname, name,
 * birth date, sex and birthplace (Belfiore code), plus a check character.
 *
 * <p>Omocodia: when two people would get the same code, the Agenzia delle Entrate replaces digits at positions
 * 7, 8, 10, 11, 13, 14, 15 with the letters LMNPQRSTUV (0..9), rightmost first. Any combination of replaced
 * positions is accepted here: the check character already catches typing errors, and rejecting an unusual but
 * officially issued code would lock a person out of the service.
 *
 * <p>The value is personal data: {@link #toString()} masks it, so it never reaches logs or exception messages.
 */
public record CodiceFiscale(@JsonValue String value) {

    private static final String FIELD = "codiceFiscale";
    private static final String DIGIT_OR_OMOCODE = "[0-9LMNPQRSTUV]";
    private static final Pattern FORMAT = Pattern.compile(
            "[A-Z]{6}" + DIGIT_OR_OMOCODE + "{2}[ABCDEHLMPRST]" + DIGIT_OR_OMOCODE + "{2}[A-Z]"
                    + DIGIT_OR_OMOCODE + "{3}[A-Z]");
    private static final String OMOCODE_LETTERS = "LMNPQRSTUV";
    private static final int[] OMOCODE_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    private static final String MONTH_LETTERS = "ABCDEHLMPRST";
    /** Values of characters in odd (1-based) positions, indexed by digit or letter ordinal (DM 23/12/1976). */
    private static final int[] ODD_VALUES = {
            1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private static final int WOMEN_DAY_OFFSET = 40;

    public CodiceFiscale {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid(FIELD, "CF_FORMAT",
                    "Il codice fiscale deve avere 16 caratteri nel formato previsto per le persone fisiche.",
                    "The codice fiscale must be 16 characters in the format for natural persons.");
        }
        if (value.charAt(15) != checkCharacter(value)) {
            throw DomainException.invalid(FIELD, "CF_CHECK_CHARACTER",
                    "Il carattere di controllo del codice fiscale non corrisponde: verificare la trascrizione.",
                    "The check character of the codice fiscale does not match: check for typing errors.");
        }
        if (!isPossibleDate(decoded(value))) {
            throw DomainException.invalid(FIELD, "CF_DATE",
                    "Il codice fiscale contiene una data di nascita inesistente.",
                    "The codice fiscale contains a birth date that does not exist.");
        }
    }

    /** Reads a code as users type it: surrounding blanks and lower case are tolerated. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CodiceFiscale of(String value) {
        return new CodiceFiscale(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String value) {
        try {
            of(value);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /**
     * Fails unless the birth date and sex declared for a person agree with their code, naming the field at fault.
     * Only what the code encodes is compared: day, month, the last two digits of the year, and sex.
     */
    public static void requireMatches(CodiceFiscale codiceFiscale, LocalDate birthDate, Sex sex) {
        if (!codiceFiscale.matchesBirthDate(birthDate)) {
            throw DomainException.invalid("birthDate", "CF_BIRTH_DATE_MISMATCH",
                    "La data di nascita non corrisponde al codice fiscale.",
                    "The birth date does not match the codice fiscale.");
        }
        if (codiceFiscale.sex() != sex) {
            throw DomainException.invalid("sex", "CF_SEX_MISMATCH",
                    "Il sesso non corrisponde al codice fiscale.",
                    "The sex does not match the codice fiscale.");
        }
    }

    public boolean matches(LocalDate birthDate, Sex sex) {
        return matchesBirthDate(birthDate) && sex() == sex;
    }

    public Sex sex() {
        return encodedDay() > WOMEN_DAY_OFFSET ? Sex.F : Sex.M;
    }

    public MonthDay birthMonthDay() {
        return MonthDay.of(birthMonth(), birthDay());
    }

    public Month birthMonth() {
        return Month.of(MONTH_LETTERS.indexOf(value.charAt(8)) + 1);
    }

    public int birthDay() {
        int day = encodedDay();
        return day > WOMEN_DAY_OFFSET ? day - WOMEN_DAY_OFFSET : day;
    }

    /** The last two digits of the birth year: the code does not say the century. */
    public int twoDigitYear() {
        return Integer.parseInt(decoded(value).substring(6, 8));
    }

    /** Birthplace: a Comune's cadastral code, or Z plus three digits for a foreign country. */
    public String belfioreCode() {
        return decoded(value).substring(11, 15);
    }

    public boolean isOmocode() {
        return !decoded(value).equals(value);
    }

    /** Masked: the code identifies a person and must not appear in logs. */
    @Override
    public String toString() {
        return "CodiceFiscale[****************]";
    }

    private boolean matchesBirthDate(LocalDate birthDate) {
        return birthDate != null
                && birthDate.getDayOfMonth() == birthDay()
                && birthDate.getMonth() == birthMonth()
                && birthDate.getYear() % 100 == twoDigitYear();
    }

    private int encodedDay() {
        return Integer.parseInt(decoded(value).substring(9, 11));
    }

    /** The code with omocodia letters turned back into the digits they replace. */
    private static String decoded(String code) {
        char[] chars = code.toCharArray();
        for (int position : OMOCODE_POSITIONS) {
            int digit = OMOCODE_LETTERS.indexOf(chars[position]);
            if (digit >= 0) {
                chars[position] = (char) ('0' + digit);
            }
        }
        return new String(chars);
    }

    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int ordinal = Character.isDigit(c) ? c - '0' : c - 'A';
            boolean oddPosition = i % 2 == 0;
            sum += oddPosition ? ODD_VALUES[ordinal] : ordinal;
        }
        return (char) ('A' + sum % 26);
    }

    /** Day within the month's length; 29 February only in years that can be leap whatever the century. */
    private static boolean isPossibleDate(String decodedCode) {
        int encodedDay = Integer.parseInt(decodedCode.substring(9, 11));
        int day = encodedDay > WOMEN_DAY_OFFSET ? encodedDay - WOMEN_DAY_OFFSET : encodedDay;
        Month month = Month.of(MONTH_LETTERS.indexOf(decodedCode.charAt(8)) + 1);
        boolean leapPossible = Integer.parseInt(decodedCode.substring(6, 8)) % 4 == 0;
        return day >= 1 && day <= month.length(leapPossible);
    }
}
