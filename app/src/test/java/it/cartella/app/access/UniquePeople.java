package it.cartella.app.access;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fictitious people no other test knows, with valid codici fiscali: for tests that change a person's data, which
 * must not touch the people other tests read back in the shared database.
 */
public final class UniquePeople {

    private static final String CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ";
    private static final int[] ODD_VALUES = {
            1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private static final SecureRandom RANDOM = new SecureRandom();

    private UniquePeople() {
    }

    /** A man born on 1 January 1980 in Lodi: codice fiscale, names and birth data, as the person API takes them. */
    public static Map<String, Object> next() {
        String surname = letters();
        String name = letters();
        String code = surname + name + "80A01E648";
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("codiceFiscale", code + checkCharacter(code));
        person.put("firstName", name.charAt(0) + name.substring(1).toLowerCase() + "o");
        person.put("lastName", surname.charAt(0) + surname.substring(1).toLowerCase() + "i");
        person.put("birthDate", "1980-01-01");
        person.put("sex", "M");
        return person;
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            letters.append(CONSONANTS.charAt(RANDOM.nextInt(CONSONANTS.length())));
        }
        return letters.toString();
    }

    private static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int ordinal = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD_VALUES[ordinal] : ordinal;
        }
        return (char) ('A' + sum % 26);
    }
}
