package it.cartella.kernel.territory;

import it.cartella.kernel.error.DomainException;
import it.cartella.kernel.person.CodiceFiscale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComuneRegistryTest {

    private final ComuneRegistry registry = ComuneRegistry.standard();

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            015146;Milano;MI;F205
            098031;Lodi;LO;E648
            015195;San Giuliano Milanese;MI;H930
            016128;Lovere;BG;E704
            """)
    void findsComuniByIstatAndBelfioreCode(String istat, String name, String sigla, String belfiore) {
        Comune comune = registry.require(IstatCode.of(istat));

        assertThat(comune.name()).isEqualTo(name);
        assertThat(comune.provinceSigla()).isEqualTo(sigla);
        assertThat(comune.belfioreCode()).isEqualTo(belfiore);
        assertThat(comune.region()).isEqualTo("Lombardia");
        assertThat(registry.byBelfiore(belfiore.toLowerCase())).contains(comune);
    }

    @Test
    void coversEveryComuneOfLombardy() {
        assertThat(registry.inRegion("Lombardia")).hasSize(1506);
        assertThat(registry.all()).hasSizeGreaterThan(7900);
    }

    @Test
    void coversTheComuniOfTheThreeAmbiti() {
        assertThat(names("LO")).hasSize(60).contains("Lodi", "Codogno", "Casalpusterlengo", "Sant'Angelo Lodigiano");
        List<String> sanGiuliano = List.of("Carpiano", "Cerro al Lambro", "Colturano", "Dresano", "Melegnano",
                "San Donato Milanese", "San Giuliano Milanese", "San Zenone al Lambro", "Vizzolo Predabissi");
        assertThat(names("MI")).containsAll(sanGiuliano);
        List<String> altoSebino = List.of("Bossico", "Castro", "Costa Volpino", "Fonteno", "Lovere", "Pianico",
                "Riva di Solto", "Rogno", "Solto Collina", "Sovere");
        assertThat(names("BG")).containsAll(altoSebino);
    }

    @Test
    void listsInIstatCodeOrder() {
        List<String> codes = registry.all().stream().map(comune -> comune.istatCode().value()).toList();

        assertThat(codes).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void unknownIstatCodeIsTheUsersMistake() {
        assertThat(registry.find(IstatCode.of("999999"))).isEmpty();
        assertThatThrownBy(() -> registry.require(IstatCode.of("999999")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNKNOWN_COMUNE");
                    assertThat(e.field()).isEqualTo("residenceComune");
                });
    }

    @Test
    void unknownBelfioreCodeIsEmpty() {
        assertThat(registry.byBelfiore("Z404")).isEmpty();
        assertThat(registry.byBelfiore(null)).isEmpty();
    }

    @Test
    void resolvesTheBirthplaceOfACodiceFiscale() {
        CodiceFiscale bornInMilan = CodiceFiscale.of("MRTMTT25D09F205Z");

        assertThat(registry.byBelfiore(bornInMilan.belfioreCode())).get()
                .extracting(Comune::displayName).isEqualTo("Milano (MI)");
    }

    private List<String> names(String sigla) {
        return registry.all().stream().filter(comune -> comune.provinceSigla().equals(sigla)).map(Comune::name).toList();
    }
}
