package it.cartella.app.problem;

import org.springframework.http.HttpHeaders;

import java.util.List;
import java.util.Locale;

/** The languages Cartella answers in: Italian unless the client prefers English. */
public enum Language {
    IT(Locale.ITALIAN), EN(Locale.ENGLISH);

    private static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** RFC 4647 lookup over the Accept-Language ranges; a malformed header is treated as absent. */
    public static Language preferredBy(HttpHeaders headers) {
        try {
            Locale best = Locale.lookup(headers.getAcceptLanguage(), SUPPORTED);
            return best != null && best.getLanguage().equals("en") ? EN : IT;
        } catch (IllegalArgumentException malformedHeader) {
            return IT;
        }
    }

    String pick(String italian, String english) {
        return this == EN ? english : italian;
    }
}
