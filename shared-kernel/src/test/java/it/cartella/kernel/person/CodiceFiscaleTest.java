package it.cartella.kernel.person;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.cartella.kernel.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodiceFiscaleTest {

    /** Sample codes widely published as examples, with their published check characters. */
    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T10A562S", "RSSMRA70A01H501S", "MRTMTT25D09F205Z"})
    void acceptsPublishedExamples(String code) {
        assertThat(CodiceFiscale.isValid(code)).isTrue();
        assertThat(CodiceFiscale.checkCharacter(code)).isEqualTo(code.charAt(15));
    }

    @Test
    void decodesBirthDataOfAMan() {
        CodiceFiscale cf = CodiceFiscale.of("RSSMRA85T10A562S");

        assertThat(cf.sex()).isEqualTo(Sex.M);
        assertThat(cf.birthMonthDay()).isEqualTo(MonthDay.of(Month.DECEMBER, 10));
        assertThat(cf.twoDigitYear()).isEqualTo(85);
        assertThat(cf.belfioreCode()).isEqualTo("A562");
        assertThat(cf.isOmocode()).isFalse();
    }

    @Test
    void womenHaveFortyAddedToTheDay() {
        CodiceFiscale cf = CodiceFiscale.of("BNCLRA90A41F205I");

        assertThat(cf.sex()).isEqualTo(Sex.F);
        assertThat(cf.birthDay()).isEqualTo(1);
        assertThat(cf.birthMonth()).isEqualTo(Month.JANUARY);
        assertThat(cf.matches(LocalDate.of(1990, 1, 1), Sex.F)).isTrue();
        assertThat(cf.matches(LocalDate.of(1990, 1, 1), Sex.M)).isFalse();
    }

    @Test
    void lastDayOfMonthForAWoman() {
        assertThat(CodiceFiscale.of("BNCLRA90A71F205L").birthDay()).isEqualTo(31);
    }

    @Test
    void trimsAndUpperCases() {
        CodiceFiscale cf = CodiceFiscale.of("  rssmra85t10a562s ");

        assertThat(cf.value()).isEqualTo("RSSMRA85T10A562S");
        assertThat(cf).isEqualTo(CodiceFiscale.of("RSSMRA85T10A562S"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T10A56NH", "RSSMRA85T10A5SNT", "RSSMRAURTMLARSNL"})
    void omocodeVariantsAreValidAndKeepTheBirthData(String omocode) {
        CodiceFiscale cf = CodiceFiscale.of(omocode);

        assertThat(cf.isOmocode()).isTrue();
        assertThat(cf.belfioreCode()).isEqualTo("A562");
        assertThat(cf.twoDigitYear()).isEqualTo(85);
        assertThat(cf.birthMonthDay()).isEqualTo(MonthDay.of(Month.DECEMBER, 10));
        assertThat(cf.matches(LocalDate.of(1985, 12, 10), Sex.M)).isTrue();
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertInvalid("RSSMRA85T10A562T", "CF_CHECK_CHARACTER");
    }

    @Test
    void anOmocodeNeedsItsOwnCheckCharacter() {
        assertInvalid("RSSMRA85T10A56NS", "CF_CHECK_CHARACTER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RSSMRA85T10A562", "RSSMRA85T10A562SX", "RSSMRA85Z10A562S", "RSSMRA8AT10A562S",
            "RSS MRA85T10A562", "12345678901", "RSSMRA85T10A5K2S"})
    void rejectsMalformedCodes(String code) {
        assertInvalid(code, "CF_FORMAT");
    }

    @Test
    void rejectsNull() {
        assertInvalid(null, "CF_FORMAT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BNCLRA90A32F205M", "BNCLRA90A00F205F", "BNCLRA90A72F205Q", "BNCLRA90S31F205S",
            "BNCLRA90S71F205W"})
    void rejectsImpossibleDays(String dayOutOfRangeWithCorrectCheckCharacter) {
        assertInvalid(dayOutOfRangeWithCorrectCheckCharacter, "CF_DATE");
    }

    @Test
    void twentyNinthOfFebruaryOnlyInYearsThatCanBeLeap() {
        assertThat(CodiceFiscale.isValid("VRDGPP00B29E648U")).isTrue();
        assertThat(CodiceFiscale.isValid("VRDGPP80B29E648M")).isTrue();
        assertInvalid("VRDGPP01B29E648V", "CF_DATE");
    }

    @Test
    void matchesComparesDayMonthTwoDigitYearAndSex() {
        CodiceFiscale cf = CodiceFiscale.of("RSSMRA85T10A562S");

        assertThat(cf.matches(LocalDate.of(1985, 12, 10), Sex.M)).isTrue();
        assertThat(cf.matches(LocalDate.of(2085, 12, 10), Sex.M)).isTrue();
        assertThat(cf.matches(LocalDate.of(1985, 12, 11), Sex.M)).isFalse();
        assertThat(cf.matches(LocalDate.of(1985, 11, 10), Sex.M)).isFalse();
        assertThat(cf.matches(LocalDate.of(1986, 12, 10), Sex.M)).isFalse();
        assertThat(cf.matches(LocalDate.of(1985, 12, 10), Sex.F)).isFalse();
        assertThat(cf.matches(null, Sex.M)).isFalse();
    }

    @Test
    void requireMatchesNamesTheFieldAtFault() {
        CodiceFiscale cf = CodiceFiscale.of("RSSMRA85T10A562S");

        assertThatCode(() -> CodiceFiscale.requireMatches(cf, LocalDate.of(1985, 12, 10), Sex.M))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CodiceFiscale.requireMatches(cf, LocalDate.of(1985, 12, 11), Sex.M))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("CF_BIRTH_DATE_MISMATCH");
                    assertThat(e.field()).isEqualTo("birthDate");
                });
        assertThatThrownBy(() -> CodiceFiscale.requireMatches(cf, LocalDate.of(1985, 12, 10), Sex.F))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("CF_SEX_MISMATCH");
                    assertThat(e.field()).isEqualTo("sex");
                });
    }

    @Test
    void neverPrintsTheCode() {
        CodiceFiscale cf = CodiceFiscale.of("RSSMRA85T10A562S");

        assertThat(cf.toString()).doesNotContain("RSS", "85", "A562");
    }

    @Test
    void errorMessagesCarryNoPersonalData() {
        assertThatThrownBy(() -> CodiceFiscale.of("RSSMRA85T10A562T"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("RSSMRA");
                    assertThat(e.messageIt()).doesNotContain("RSSMRA");
                    assertThat(e.messageEn()).doesNotContain("RSSMRA");
                });
    }

    @Test
    void jsonIsTheBareString() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CodiceFiscale cf = CodiceFiscale.of("RSSMRA85T10A562S");

        assertThat(json.writeValueAsString(cf)).isEqualTo("\"RSSMRA85T10A562S\"");
        assertThat(json.readValue("\"rssmra85t10a562s\"", CodiceFiscale.class)).isEqualTo(cf);
    }

    private static void assertInvalid(String code, String expectedCode) {
        assertThatThrownBy(() -> CodiceFiscale.of(code))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(expectedCode);
                    assertThat(e.field()).isEqualTo("codiceFiscale");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                });
        assertThat(CodiceFiscale.isValid(code)).isFalse();
    }
}
