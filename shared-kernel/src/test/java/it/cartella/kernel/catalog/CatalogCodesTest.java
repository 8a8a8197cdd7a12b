package it.cartella.kernel.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.kernel.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogCodesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void macroAreaIsValidatedAgainstTheCatalogue() {
        assertThat(MacroArea.of(" j ").code()).isEqualTo("J");
        assertThat(MacroArea.of("J").nameEn()).isEqualTo("Disability");
        assertUnknown(() -> MacroArea.of("C"), "macroArea", "UNKNOWN_MACRO_AREA");
        assertUnknown(() -> MacroArea.of(null), "macroArea", "UNKNOWN_MACRO_AREA");
    }

    @Test
    void fundingSourceIsValidatedAgainstTheCatalogue() {
        assertThat(FundingSource.of("QSFP").nameIt()).startsWith("Quota Servizi Fondo Povertà");
        assertUnknown(() -> FundingSource.of("FONDO_INVENTATO"), "fundingSource", "UNKNOWN_FUNDING_SOURCE");
    }

    @Test
    void serviceCodeIsValidatedAgainstTheCatalogue() {
        assertThat(ServiceCode.of("dimissioni_protette").code()).isEqualTo("DIMISSIONI_PROTETTE");
        assertUnknown(() -> ServiceCode.of("ADI"), "serviceCode", "UNKNOWN_SERVICE");
    }

    @Test
    void outcomeCodeIsValidatedAgainstTheCatalogue() {
        assertThat(OutcomeCode.of("ASSUNTO").nameEn()).isEqualTo("Hired");
        assertUnknown(() -> OutcomeCode.of("beneficiary_rating"), "outcomeCode", "UNKNOWN_OUTCOME");
    }

    @Test
    void allTravelAsBareCodes() throws Exception {
        assertThat(json.writeValueAsString(MacroArea.of("A"))).isEqualTo("\"A\"");
        assertThat(json.writeValueAsString(FundingSource.of("FNA_B2"))).isEqualTo("\"FNA_B2\"");
        assertThat(json.writeValueAsString(ServiceCode.of("PUC"))).isEqualTo("\"PUC\"");
        assertThat(json.writeValueAsString(OutcomeCode.of("TRASFERITO"))).isEqualTo("\"TRASFERITO\"");

        assertThat(json.readValue("\"A\"", MacroArea.class)).isEqualTo(MacroArea.of("A"));
        assertThat(json.readValue("\"FNA_B2\"", FundingSource.class)).isEqualTo(FundingSource.of("FNA_B2"));
        assertThat(json.readValue("\"PUC\"", ServiceCode.class)).isEqualTo(ServiceCode.of("PUC"));
        assertThat(json.readValue("\"TRASFERITO\"", OutcomeCode.class)).isEqualTo(OutcomeCode.of("TRASFERITO"));
    }

    private static void assertUnknown(Executable lookup, String field, String code) {
        assertThatThrownBy(lookup::execute).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
        });
    }
}
