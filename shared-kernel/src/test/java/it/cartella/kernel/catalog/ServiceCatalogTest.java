package it.cartella.kernel.catalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceCatalogTest {

    private final ServiceCatalog catalog = ServiceCatalog.standard();

    @Test
    void isVersioned() {
        assertThat(catalog.version()).isEqualTo("1");
    }

    @Test
    void hasTheRegionalMacroAreasAToLWithoutC() {
        assertThat(catalog.macroAreas()).extracting(MacroArea::code)
                .containsExactly("A", "B", "D", "E", "F", "G", "H", "I", "J", "K", "L");
        assertThat(catalog.macroArea("B")).get().extracting(MacroArea::nameIt).isEqualTo("Politiche abitative");
    }

    /** Codes picked by hand from services.md, one or more per section. */
    @Test
    void containsCodesFromEverySectionOfServicesMd() {
        assertThat(catalog.services()).extracting(ServiceCode::code).contains(
                "SERVIZIO_SOCIALE_PROFESSIONALE", "SEGRETARIATO_SOCIALE", "ASSEGNO_INCLUSIONE",
                "TIROCINIO_INCLUSIONE_SOCIALE", "PRONTO_INTERVENTO_SOCIALE", "DIMISSIONI_PROTETTE",
                "ASSISTENZA_DOMICILIARE_INTEGRATA", "MISURA_B2", "PIPPI", "CARE_LEAVERS", "DOPO_DI_NOI",
                "AGRICOLTURA_SOCIALE");
        assertThat(catalog.services()).hasSize(80);
        assertThat(catalog.fundingSources()).extracting(FundingSource::code).contains(
                "FNPS", "FNA", "FNA_B2", "QSFP", "PNRR_1_1_3", "INPS_STATE", "DGR_7626_2017_M6");
        assertThat(catalog.fundingSources()).hasSize(42);
        assertThat(catalog.outcomes()).extracting(OutcomeCode::code).contains(
                "CONCLUSO_POSITIVAMENTE", "DIMESSO", "RIORIENTATO", "DECADENZA_ADI", "SOSPESO_120GG", "TRASFERITO",
                "NON_RIENTRO_OSPEDALIERO_6M", "STABILITA_ABITATIVA", "VALUTAZIONE_T0_TN");
    }

    @Test
    void servicesCarryMacroAreasPrimaryFirstLepsAndFunding() {
        ServiceCode tis = ServiceCode.of("TIROCINIO_INCLUSIONE_SOCIALE");

        assertThat(tis.nameIt()).isEqualTo("Tirocinio di inclusione sociale (TIS)");
        assertThat(tis.nameEn()).isEqualTo("Social-inclusion traineeship");
        assertThat(tis.macroAreas()).extracting(MacroArea::code).containsExactly("A", "H", "J");
        assertThat(tis.primaryMacroArea()).isEqualTo(MacroArea.of("A"));
        assertThat(tis.leps()).isTrue();
        assertThat(tis.fundingSources()).contains(FundingSource.of("QSFP"));
        assertThat(ServiceCode.of("AGRICOLTURA_SOCIALE").leps()).isFalse();
        assertThat(ServiceCode.of("MISURA_B2").fundingSources()).startsWith(FundingSource.of("FNA_B2"));
    }

    @Test
    void followUpsListTheirAllowedValues() {
        OutcomeCode stable = OutcomeCode.of("STABILITA_ABITATIVA");

        assertThat(stable.kind()).isEqualTo(OutcomeCode.Kind.FOLLOW_UP);
        assertThat(stable.allowedValues())
                .containsExactly("ACQUISTO_CASA", "LOCAZIONE_4_4", "LOCAZIONE_3_2", "ASSEGNAZIONE_SAP");
        assertThat(OutcomeCode.of("DIMESSO").kind()).isEqualTo(OutcomeCode.Kind.CLOSURE);
        assertThat(OutcomeCode.of("DIMESSO").allowedValues()).isEmpty();
    }

    @Test
    void noBeneficiaryServiceIsFiledUnderDigitalisation() {
        assertThat(catalog.servicesIn(MacroArea.of("F"))).isEmpty();
        assertThat(catalog.servicesIn(MacroArea.of("B"))).extracting(ServiceCode::code)
                .contains("HOUSING_TEMPORANEO", "SERVIZI_ABITATIVI_PUBBLICI");
    }

    @Test
    void codesAreUniqueAcrossTheWholeCatalogue() {
        List<String> codes = Stream.of(
                catalog.macroAreas().stream().map(MacroArea::code),
                catalog.fundingSources().stream().map(FundingSource::code),
                catalog.services().stream().map(ServiceCode::code),
                catalog.outcomes().stream().map(OutcomeCode::code)).flatMap(s -> s).toList();
        Set<String> seen = new HashSet<>();

        assertThat(codes.stream().filter(code -> !seen.add(code)).toList())
                .as("codes used twice; CARE_LEAVERS is both a fund and a service by design")
                .containsExactly("CARE_LEAVERS");
    }

    @Test
    void everyReferenceResolvesInsideTheCatalogue() {
        for (ServiceCode service : catalog.services()) {
            assertThat(service.macroAreas()).isNotEmpty().allSatisfy(area -> assertThat(catalog.macroAreas()).contains(area));
            assertThat(service.fundingSources()).allSatisfy(fund -> assertThat(catalog.fundingSources()).contains(fund));
        }
    }

    @Test
    void refusesACatalogueWithADanglingMacroArea() {
        String json = """
                {"version": "x", "macroAreas": [{"code": "A", "nameIt": "a", "nameEn": "a"}],
                 "services": [{"code": "S", "nameIt": "s", "nameEn": "s", "macroAreas": ["Z"]}]}""";

        assertThatThrownBy(() -> ServiceCatalog.read(stream(json)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("macro-area Z");
    }

    @Test
    void refusesACatalogueWithDuplicateCodes() {
        String json = """
                {"version": "x", "macroAreas": [{"code": "A", "nameIt": "a", "nameEn": "a"},
                                                {"code": "A", "nameIt": "b", "nameEn": "b"}]}""";

        assertThatThrownBy(() -> ServiceCatalog.read(stream(json)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Duplicate");
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
