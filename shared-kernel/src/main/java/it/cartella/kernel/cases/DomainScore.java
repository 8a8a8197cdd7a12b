package it.cartella.kernel.cases;

import it.cartella.kernel.command.Require;
import it.cartella.kernel.error.DomainException;

import java.util.regex.Pattern;

/**
 * A monitoring score in one life domain (housing, work, health, relations, income...) on the instrument's scale,
 * 0 to 100. Scores are pseudonymous measures, kept after erasure, so that change between T0 and Tn can be
 * measured for the plans' impact indicators; any narrative goes in the monitoring notes.
 *
 * @param domain an upper-case code of the domain, as the instrument names it (ABITARE, LAVORO, SALUTE...)
 */
public record DomainScore(String domain, int score) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public DomainScore {
        domain = Require.text(domain, "domain");
        if (!CODE.matcher(domain).matches()) {
            throw DomainException.invalid("domain", "DOMAIN_CODE_INVALID",
                    "Codice del dominio non valido: lettere maiuscole, cifre e '_'.",
                    "Invalid domain code: upper-case letters, digits and '_'.");
        }
        if (score < 0 || score > 100) {
            throw DomainException.invalid("score", "SCORE_OUT_OF_RANGE",
                    "Il punteggio va da 0 a 100.", "The score ranges from 0 to 100.");
        }
    }
}
