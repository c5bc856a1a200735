package kith.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IdentifierTests {

    @Test
    void acceptsAValidNhsNumberWithSpacesAndShowsItAs334() {
        NhsNumber nhs = NhsNumber.of("943 476 5919");
        assertThat(nhs.value()).isEqualTo("9434765919");
        assertThat(nhs.formatted()).isEqualTo("943 476 5919");
    }

    @Test
    void rejectsAnNhsNumberWithAWrongCheckDigit() {
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
        assertThatThrownBy(() -> NhsNumber.of("9434765918")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnNhsNumberWhoseCheckWouldBeTen() {
        // 100000006x: sum = 1*10 + 6*2 = 22, remainder 0 -> check 11 -> 0; 100000001x: 1*10+1*2 = 12, r 1 -> 10
        assertThat(NhsNumber.checkDigit("100000001")).isNull();
        for (int d = 0; d <= 9; d++) {
            assertThat(NhsNumber.isValid("100000001" + d)).isFalse();
        }
        assertThat(NhsNumber.isValid("1000000060")).isTrue();
    }

    @Test
    void rejectsNhsNumbersOfTheWrongLength() {
        assertThat(NhsNumber.isValid("943476591")).isFalse();
        assertThat(NhsNumber.isValid("94347659190")).isFalse();
        assertThat(NhsNumber.isValid("94347659ab")).isFalse();
    }

    @Property
    void everyNineDigitsHaveAtMostOneValidCheckDigit(@ForAll("nineDigits") String nine) {
        long valid = java.util.stream.IntStream.rangeClosed(0, 9)
                .filter(d -> NhsNumber.isValid(nine + d))
                .count();
        assertThat(valid).isLessThanOrEqualTo(1);
        assertThat(valid == 1).isEqualTo(NhsNumber.checkDigit(nine) != null);
    }

    @Property
    void changingAnyOneDigitOfAValidNhsNumberMakesItInvalid(
            @ForAll("validNhsNumbers") String nhs, @ForAll @IntRange(min = 0, max = 9) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = nhs.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
        assertThat(NhsNumber.isValid(new String(digits))).isFalse();
    }

    @Property
    void syntheticNhsNumbersAreValidAndInTheTestRange(@ForAll @IntRange(min = 0, max = 2000) int skip) {
        SyntheticPeople synthetic = new SyntheticPeople(1, java.time.LocalDate.of(2026, 1, 1));
        String nhs = null;
        for (int i = 0; i <= skip; i++) {
            nhs = synthetic.nhsNumber();
        }
        assertThat(nhs).startsWith("999");
        assertThat(NhsNumber.isValid(nhs)).isTrue();
    }

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9);
    }

    @Provide
    Arbitrary<String> validNhsNumbers() {
        return nineDigits().filter(n -> NhsNumber.checkDigit(n) != null).map(n -> n + NhsNumber.checkDigit(n));
    }

    @Test
    void acceptsTheDfeExampleUpnAndRejectsAWrongCheckLetter() {
        assertThat(Upn.isValid("B801200005001")).isTrue();
        assertThat(Upn.isValid("A801200005001")).isFalse();
        assertThat(Upn.of("b801200005001").value()).isEqualTo("B801200005001");
    }

    @Test
    void acceptsATemporaryUpnEndingInALetter() {
        String twelve = "80120000500A";
        String upn = Upn.checkLetter(twelve) + twelve;
        assertThat(Upn.isValid(upn)).isTrue();
        assertThat(Upn.of(upn).temporary()).isTrue();
    }

    @Test
    void rejectsUpnsOfTheWrongShape() {
        assertThat(Upn.isValid("B80120000500")).isFalse();
        assertThat(Upn.isValid("B8012000050011")).isFalse();
        assertThat(Upn.isValid("BX01200005001")).isFalse();
        assertThat(Upn.isValid("B80120000500I")).isFalse();
    }

    @Property
    void aComputedCheckLetterAlwaysValidates(@ForAll @StringLength(11) @net.jqwik.api.constraints.NumericChars String digits) {
        String twelve = digits + "7";
        assertThat(Upn.isValid(Upn.checkLetter(twelve) + twelve)).isTrue();
    }

    @Test
    void laChildIdsAreAtMostTwentyLettersAndDigits() {
        assertThat(LaChildId.fromSequence(100001).value()).isEqualTo("K000100001").hasSizeLessThanOrEqualTo(20);
        assertThatThrownBy(() -> new LaChildId("K-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LaChildId("A".repeat(21))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postcodesAreKeptUpperCaseWithOneSpace() {
        assertThat(new Postcode("sw1a2aa").value()).isEqualTo("SW1A 2AA");
        assertThat(new Postcode("KB1 3XY").outward()).isEqualTo("KB1");
        assertThat(Postcode.isValid("12345")).isFalse();
        assertThat(Postcode.isValid("QQ1 1AA")).isFalse();
    }
}
