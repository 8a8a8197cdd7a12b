package it.cartella.kernel.person;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.kernel.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static it.cartella.kernel.person.ProvisionalCode.Reason.ANONYMOUS_CONTACT;
import static it.cartella.kernel.person.ProvisionalCode.Reason.UNKNOWN_IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvisionalCodeTest {

    @Test
    void generatedCodesHaveTheFormatAndAreNeverACodiceFiscale() {
        Set<String> values = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ProvisionalCode code = ProvisionalCode.generate(UNKNOWN_IDENTITY);

            assertThat(code.value()).matches("PRV-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").doesNotContain("I", "L", "O", "U");
            assertThat(CodiceFiscale.isValid(code.value())).isFalse();
            assertThat(code.reason()).isEqualTo(UNKNOWN_IDENTITY);
            values.add(code.value());
        }
        assertThat(values).hasSize(1000);
    }

    @Test
    void readsTypedCodes() {
        assertThat(ProvisionalCode.of(" prv-7k3m-q9zx-0a4b ", ANONYMOUS_CONTACT).value()).isEqualTo("PRV-7K3M-Q9ZX-0A4B");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RSSMRA85T10A562S", "PRV-7K3M-Q9ZX", "PRV-7K3M-Q9ZX-0A4", "PRV-7K3M-Q9ZX-0A4I",
            "XYZ-7K3M-Q9ZX-0A4B"})
    void rejectsOtherFormats(String value) {
        assertThatThrownBy(() -> ProvisionalCode.of(value, UNKNOWN_IDENTITY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("PROVISIONAL_CODE_FORMAT");
                    assertThat(e.field()).isEqualTo("provisionalCode");
                });
    }

    @Test
    void requiresAReason() {
        assertThatThrownBy(() -> ProvisionalCode.of("PRV-7K3M-Q9ZX-0A4B", null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("PROVISIONAL_CODE_REASON_REQUIRED"));
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ProvisionalCode code = ProvisionalCode.of("PRV-7K3M-Q9ZX-0A4B", ANONYMOUS_CONTACT);

        String written = json.writeValueAsString(code);

        assertThat(written).isEqualTo("{\"value\":\"PRV-7K3M-Q9ZX-0A4B\",\"reason\":\"ANONYMOUS_CONTACT\"}");
        assertThat(json.readValue(written, ProvisionalCode.class)).isEqualTo(code);
    }
}
