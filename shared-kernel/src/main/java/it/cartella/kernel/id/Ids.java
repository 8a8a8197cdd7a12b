package it.cartella.kernel.id;

import it.cartella.kernel.error.DomainException;

import java.util.UUID;
import java.util.regex.Pattern;

/** Shared validation for identifier records: opaque, URL-safe, bounded, so they can travel in paths. */
final class Ids {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private Ids() {
    }

    static String requireValid(String value, String kind) {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw DomainException.invalid(kind, "INVALID_ID",
                    "Identificativo non valido: lettere, cifre, '-' o '_', al massimo 64 caratteri.",
                    "Invalid identifier: letters, digits, '-' or '_', at most 64 characters.");
        }
        return value;
    }

    static String random() {
        return UUID.randomUUID().toString();
    }
}
