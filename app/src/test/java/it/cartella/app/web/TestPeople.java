package it.cartella.app.web;

import it.cartella.kernel.person.CodiceFiscale;

import java.time.LocalDate;

/** Valid codici fiscali for the web tests' fictitious people, born in Lodi (E648). */
final class TestPeople {

    private static final String MONTHS = "ABCDEHLMPRST";

    private TestPeople() {
    }

    /** The codice fiscale of the letters given, born on that day with that sex, with its check character. */
    static String codiceFiscale(String surname, String name, LocalDate birth, String sex) {
        int day = birth.getDayOfMonth() + ("F".equals(sex) ? 40 : 0);
        String body = surname + name + String.format("%02d", birth.getYear() % 100)
                + MONTHS.charAt(birth.getMonthValue() - 1) + String.format("%02d", day) + "E648";
        for (char check = 'A'; check <= 'Z'; check++) {
            if (CodiceFiscale.isValid(body + check)) {
                return body + check;
            }
        }
        throw new IllegalArgumentException("No check character makes " + body + " valid");
    }
}
