package it.cartella.kernel.person;

import it.cartella.kernel.error.DomainException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codice fiscale parser against generated input: whatever a user types, it either accepts a well-formed code or
 * refuses it with a field error in both languages, never with another exception; every code built by the rules is
 * accepted and decodes to the birth date and sex it was built from, with or without omocodia substitutions.
 * Tries: jqwik's default (1,000 per property); {@code -Djqwik.tries.default=100000} for a long run.
 */
class CodiceFiscaleProperties {

    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODE_LETTERS = "LMNPQRSTUV";
    private static final int[] OMOCODE_POSITIONS = {6, 7, 9, 10, 12, 13, 14};

    @Property
    void anyTextIsAcceptedOrRefusedAsAFieldError(@ForAll("anything") String typed) {
        try {
            CodiceFiscale code = CodiceFiscale.of(typed);
            assertThat(code.value()).hasSize(16).matches("[A-Z0-9]{16}");
        } catch (DomainException refused) {
            assertThat(refused.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(refused.field()).isEqualTo("codiceFiscale");
            assertThat(refused.code()).startsWith("CF_");
            assertThat(refused.messageIt()).isNotBlank();
            assertThat(refused.messageEn()).isNotBlank();
        }
    }

    @Property
    void nearlyValidCodesAreAcceptedOrRefusedAsAFieldError(@ForAll("validCodes") String valid,
                                                           @ForAll @IntRange(max = 15) int position,
                                                           @ForAll char replacement) {
        String typed = valid.substring(0, position) + replacement + valid.substring(position + 1);
        anyTextIsAcceptedOrRefusedAsAFieldError(typed);
    }

    @Property
    void aCodeBuiltByTheRulesIsAcceptedAndDecodesToItsPerson(@ForAll("people") Person person) {
        CodiceFiscale code = CodiceFiscale.of(person.code());
        assertThat(code.matches(person.birthDate(), person.sex())).isTrue();
        assertThat(CodiceFiscale.of(" " + person.code().toLowerCase() + "\t")).isEqualTo(code);
    }

    @Property
    void omocodiaSubstitutionsKeepTheBirthDateAndSex(@ForAll("people") Person person,
                                                      @ForAll @IntRange(min = 1, max = 127) int substituted) {
        char[] chars = person.code().toCharArray();
        for (int i = 0; i < OMOCODE_POSITIONS.length; i++) {
            if ((substituted & (1 << i)) != 0) {
                chars[OMOCODE_POSITIONS[i]] = OMOCODE_LETTERS.charAt(chars[OMOCODE_POSITIONS[i]] - '0');
            }
        }
        chars[15] = CodiceFiscale.checkCharacter(new String(chars));
        CodiceFiscale omocode = CodiceFiscale.of(new String(chars));
        assertThat(omocode.isOmocode()).isTrue();
        assertThat(omocode.matches(person.birthDate(), person.sex())).isTrue();
    }

    @Property
    void aWrongCheckCharacterIsAlwaysRefused(@ForAll("people") Person person, @ForAll @IntRange(max = 25) int shift) {
        char right = person.code().charAt(15);
        char wrong = (char) ('A' + (right - 'A' + 1 + shift % 25) % 26);
        String typed = person.code().substring(0, 15) + wrong;
        DomainException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> CodiceFiscale.of(typed), DomainException.class);
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("CF_CHECK_CHARACTER");
    }

    /** Every kind of text: ASCII, any unicode (surrogates, controls, zero-width), near-codes, very long. */
    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("ABCDEHLMPRSTZ0123456789LMNPQRSTUV ").ofMinLength(14).ofMaxLength(18),
                Arbitraries.strings().all().ofMinLength(1000).ofMaxLength(5000),
                Arbitraries.of("", " ", "\u0000", "RSSMRA85T10A562\u0000", "ＲＳＳＭＲＡ８５Ｔ１０Ａ５６２Ｓ",
                        "rssmra85t10a562s", "RSSMRA85T10A562S\r\nX-Injected: 1", "../../etc/passwd",
                        "{\"$where\":\"sleep(1000)\"}", "<script>alert(1)</script>", "' OR '1'='1"),
                Arbitraries.just(null));
    }

    @Provide
    Arbitrary<String> validCodes() {
        return people().map(Person::code);
    }

    @Provide
    Arbitrary<Person> people() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(6);
        Arbitrary<LocalDate> birthDates = Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(),
                LocalDate.of(2099, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<Sex> sexes = Arbitraries.of(Sex.M, Sex.F);
        Arbitrary<String> birthplaces = Arbitraries.of("E648", "F205", "A562", "H501", "Z404", "Z330");
        return Combinators.combine(letters, birthDates, sexes, birthplaces).as(Person::build);
    }

    record Person(String code, LocalDate birthDate, Sex sex) {

        static Person build(String letters, LocalDate birthDate, Sex sex, String birthplace) {
            int day = birthDate.getDayOfMonth() + (sex == Sex.F ? 40 : 0);
            String body = letters + String.format("%02d", birthDate.getYear() % 100)
                    + MONTHS.charAt(birthDate.getMonthValue() - 1) + String.format("%02d", day) + birthplace;
            return new Person(body + CodiceFiscale.checkCharacter(body + "X"), birthDate, sex);
        }
    }
}
