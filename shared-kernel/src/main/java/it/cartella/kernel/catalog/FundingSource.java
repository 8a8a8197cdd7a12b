package it.cartella.kernel.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import it.cartella.kernel.error.DomainException;

/** A fund that pays for an intervention (FNPS, FNA, QSFP...). Travels as its bare code. */
public record FundingSource(@JsonValue String code, String nameIt, String nameEn) {

    public FundingSource {
        CatalogText.requireCode(code, "fundingSource");
        CatalogText.requireName(nameIt, "fundingSource");
        CatalogText.requireName(nameEn, "fundingSource");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FundingSource of(String code) {
        return ServiceCatalog.standard().fundingSource(CatalogText.normalized(code))
                .orElseThrow(() -> DomainException.invalid("fundingSource", "UNKNOWN_FUNDING_SOURCE",
                        "Fonte di finanziamento non presente nel catalogo.",
                        "Funding source not in the catalogue."));
    }

    @Override
    public String toString() {
        return code;
    }
}
