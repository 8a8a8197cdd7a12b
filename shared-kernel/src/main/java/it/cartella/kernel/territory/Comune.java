package it.cartella.kernel.territory;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Italian Comune as listed by ISTAT.
 *
 * @param provinceSigla the two-letter abbreviation of the province or metropolitan city (MI, LO, BG...)
 * @param belfioreCode  the cadastral code, as found at positions 12-15 of a codice fiscale
 */
public record Comune(IstatCode istatCode, String name, String provinceSigla, String belfioreCode, String region) {

    private static final Pattern SIGLA = Pattern.compile("[A-Z]{2}");
    private static final Pattern BELFIORE = Pattern.compile("[A-Z][0-9]{3}");

    public Comune {
        Objects.requireNonNull(istatCode, "istatCode");
        if (name == null || name.isBlank() || region == null || region.isBlank()
                || provinceSigla == null || !SIGLA.matcher(provinceSigla).matches()
                || belfioreCode == null || !BELFIORE.matcher(belfioreCode).matches()) {
            throw new IllegalArgumentException("Malformed reference data for Comune " + istatCode);
        }
    }

    /** The name with its province, as Italian forms show it: "San Giuliano Milanese (MI)". */
    public String displayName() {
        return name + " (" + provinceSigla + ")";
    }
}
