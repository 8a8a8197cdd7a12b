package it.cartella.kernel.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import it.cartella.kernel.error.DomainException;

import java.util.List;

/**
 * A service, measure or programme of the catalogue that a case can receive. Travels as its bare code.
 *
 * @param macroAreas   primary macro-area first, then the secondary ones
 * @param leps         whether it implements a Livello Essenziale delle Prestazioni Sociali
 * @param fundingSources the funds that usually pay for it; empty when the plans do not say
 */
public record ServiceCode(@JsonValue String code, String nameIt, String nameEn, List<MacroArea> macroAreas,
                          boolean leps, List<FundingSource> fundingSources) {

    public ServiceCode {
        CatalogText.requireCode(code, "serviceCode");
        CatalogText.requireName(nameIt, "serviceCode");
        CatalogText.requireName(nameEn, "serviceCode");
        macroAreas = List.copyOf(macroAreas);
        fundingSources = List.copyOf(fundingSources);
        if (macroAreas.isEmpty()) {
            throw new IllegalArgumentException("Service " + code + " has no macro-area");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ServiceCode of(String code) {
        return ServiceCatalog.standard().service(CatalogText.normalized(code))
                .orElseThrow(() -> DomainException.invalid("serviceCode", "UNKNOWN_SERVICE",
                        "Servizio non presente nel catalogo.",
                        "Service not in the catalogue."));
    }

    public MacroArea primaryMacroArea() {
        return macroAreas.get(0);
    }

    public boolean belongsTo(MacroArea macroArea) {
        return macroAreas.contains(macroArea);
    }

    @Override
    public String toString() {
        return code;
    }
}
