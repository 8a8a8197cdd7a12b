package it.cartella.app.reliability;

import it.cartella.kernel.person.CodiceFiscale;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fictitious people no other test uses: tests share one database, where a codice fiscale is registered once, so each
 * test makes its own. The codes are valid (format, check character, birth date and sex agree), born in Lodi.
 */
public final class TestPeople {

    private static final String LETTERS = "BCDFGHLMNPRSTVZ";
    private static final String MONTHS = "ABCDEHLMPRST";

    private TestPeople() {
    }

    /** A person born on that day, of that sex, with a random surname-and-name code. */
    public static String codiceFiscale(LocalDate birthDate, String sex) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        int day = birthDate.getDayOfMonth() + ("F".equals(sex) ? 40 : 0);
        code.append(String.format("%02d", birthDate.getYear() % 100))
                .append(MONTHS.charAt(birthDate.getMonthValue() - 1))
                .append(String.format("%02d", day))
                .append("E648");
        // The check character is whichever letter the parser accepts: one of the 26 always is.
        for (char check = 'A'; check <= 'Z'; check++) {
            if (CodiceFiscale.isValid(code.toString() + check)) {
                return code.toString() + check;
            }
        }
        throw new IllegalStateException("no check character fits " + code);
    }

    /** A well-formed request to open a case for a new person of Lodi, owned by the Comune and as.comune1. */
    public static Map<String, Object> openCase(String firstName, String lastName) {
        LocalDate birthDate = LocalDate.of(1950 + ThreadLocalRandom.current().nextInt(50),
                1 + ThreadLocalRandom.current().nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("codiceFiscale", codiceFiscale(birthDate, "F"));
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("birthDate", birthDate.toString());
        body.put("sex", "F");
        body.put("residenceComune", "098031");
        body.put("macroArea", "A");
        body.put("channel", "SEGRETARIATO_SOCIALE");
        body.put("owningOrganisation", "comune-098031");
        body.put("caseManager", "as-comune1");
        return body;
    }
}
