package it.cartella.kernel.territory;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.kernel.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IstatCodeTest {

    @Test
    void sixDigitsWithTheProvinceFirst() {
        IstatCode lodi = IstatCode.of(" 098031 ");

        assertThat(lodi.value()).isEqualTo("098031");
        assertThat(lodi.provinceCode()).isEqualTo("098");
        assertThat(lodi).hasToString("098031");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "98031", "0980310", "09803A", "098 31"})
    void rejectsAnythingButSixDigits(String value) {
        assertThatThrownBy(() -> IstatCode.of(value))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("ISTAT_CODE_FORMAT");
                    assertThat(e.field()).isEqualTo("residenceComune");
                });
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> IstatCode.of(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void jsonIsTheBareString() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertThat(json.writeValueAsString(IstatCode.of("015146"))).isEqualTo("\"015146\"");
        assertThat(json.readValue("\"015146\"", IstatCode.class)).isEqualTo(IstatCode.of("015146"));
    }
}
