package it.cartella.kernel.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import it.cartella.kernel.error.DomainException;

/**
 * A regional policy area of the Piani di Zona (DGR XII/2167/2024, letters A-L without C). Travels as its bare
 * letter; the names come from the {@link ServiceCatalog} version in force.
 */
public record MacroArea(@JsonValue String code, String nameIt, String nameEn) {

    public MacroArea {
        CatalogText.requireCode(code, "macroArea");
        CatalogText.requireName(nameIt, "macroArea");
        CatalogText.requireName(nameEn, "macroArea");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MacroArea of(String code) {
        return ServiceCatalog.standard().macroArea(CatalogText.normalized(code))
                .orElseThrow(() -> DomainException.invalid("macroArea", "UNKNOWN_MACRO_AREA",
                        "Macro-area non presente nel catalogo regionale.",
                        "Macro-area not in the regional catalogue."));
    }

    @Override
    public String toString() {
        return code;
    }
}
