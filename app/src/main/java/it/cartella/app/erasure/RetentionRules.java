package it.cartella.app.erasure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;
import java.util.Map;

/**
 * How long a person's data are kept after their last case closes, per kind of case (the macro-area letter), in
 * years. An open case is always kept. Set in configuration ({@code cartella.retention.*}); the register of
 * processing shows the same numbers.
 *
 * @param defaultYears for a kind with no rule of its own
 * @param years        per macro area, e.g. {@code G=20} for child protection
 */
@ConfigurationProperties("cartella.retention")
public record RetentionRules(@DefaultValue("10") int defaultYears, @DefaultValue Map<String, Integer> years) {

    public RetentionRules {
        years = Map.copyOf(years);
    }

    public int yearsFor(String macroArea) {
        return years.getOrDefault(macroArea, defaultYears);
    }

    /** The last day a case closed on {@code closedOn} must be kept. */
    public LocalDate keptUntil(String macroArea, LocalDate closedOn) {
        return closedOn.plusYears(yearsFor(macroArea));
    }
}
