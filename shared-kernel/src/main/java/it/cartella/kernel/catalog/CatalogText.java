package it.cartella.kernel.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/** Shape checks shared by the catalogue's records: a broken catalogue is a build defect, not a user error. */
final class CatalogText {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private CatalogText() {
    }

    static void requireCode(String code, String kind) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Malformed " + kind + " code: " + code);
        }
    }

    static void requireName(String name, String kind) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Missing name for a " + kind);
        }
    }

    /** Codes as users may type them in a form or a query string. */
    static String normalized(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
