package dev.dynasim.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberRulesTest {

    // semantics.jsonl number-normalisation-put (accepted) and number-normalisation-get (returned text)
    @ParameterizedTest
    @CsvSource({"1.50,1.5", "0010,10", "1E2,100", "-0,0", "0.000,0", "1.0E-5,0.00001",
            "123456789012345678901234567890.12345678,123456789012345678901234567890.12345678",
            "+5,5", "1e+3,1000", ".5,0.5"})
    void parse_formsDynamoDbAccepts_normaliseLikeTheOracle(String sent, String returned) {
        assertThat(NumberRules.parseStorable(sent).text()).isEqualTo(returned);
    }

    // errors.jsonl number-empty, number-nan; the others are not numbers either
    @ParameterizedTest
    @ValueSource(strings = {"", "NaN", "Infinity", "-Infinity", "0x10", " 1", "1 ", "1e", "e5", "1.2.3", "--1", "abc"})
    void parse_textThatIsNotANumber_isRejected(String text) {
        assertThatThrownBy(() -> AttributeValue.N.of(text))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ValidationException);
                    assertThat(e.getMessage()).isEqualTo("A value provided cannot be converted into a number");
                });
    }

    @Test
    void parse_null_isRejected() {
        assertThatThrownBy(() -> AttributeValue.N.of(null))
                .hasMessage("A value provided cannot be converted into a number");
    }

    @Test
    void parse_keepsTheScaleOfTheText() {
        assertThat(AttributeValue.N.of("1.0").value()).isEqualTo(new BigDecimal("1.0"));
    }

    // errors.jsonl number-38-digits-ok, setup 1 (trailing zeros are not significant),
    // capacity_items.jsonl number-probe--9.9999999999999999999999999999999999999E+125 and -1E-130
    @ParameterizedTest
    @ValueSource(strings = {"11111111111111111111111111111111111111", "111111111111111111111111111111111111110000000000",
            "9.9999999999999999999999999999999999999E+125", "-9.9999999999999999999999999999999999999E+125",
            "1E-130", "-1E-130", "0", "0E+999", "0.12345678901234567890123456789012345678"})
    void checkRange_storableNumbers_pass(String text) {
        NumberRules.checkRange(new BigDecimal(text));
        assertThat(NumberRules.isStorable(new BigDecimal(text))).isTrue();
    }

    // errors.jsonl number-set-39-digits
    @Test
    void checkRange_39SignificantDigits_tooPrecise() {
        assertThatThrownBy(() -> NumberRules.checkRange(new BigDecimal("222222222222222222222222222222222222222")))
                .hasMessage("DynamoDB only supports precision up to 38 digits");
    }

    // errors.jsonl number-too-large, number-negative-too-large
    @ParameterizedTest
    @ValueSource(strings = {"1E+126", "-1E+126", "10E+125"})
    void checkRange_magnitudeFrom1E126_overflows(String text) {
        assertThatThrownBy(() -> NumberRules.checkRange(new BigDecimal(text)))
                .hasMessage("Number overflow. Attempting to store a number with magnitude larger than supported range");
    }

    // errors.jsonl number-too-small
    @ParameterizedTest
    @ValueSource(strings = {"1E-131", "-1E-131", "0.9E-130"})
    void checkRange_magnitudeBelow1EMinus130_underflows(String text) {
        assertThatThrownBy(() -> NumberRules.checkRange(new BigDecimal(text)))
                .hasMessage("Number underflow. Attempting to store a number with magnitude smaller than supported range");
    }

    @Test
    void checkRange_tooPreciseAndTooLarge_reportsPrecisionFirst() {
        assertThatThrownBy(() -> NumberRules.checkRange(new BigDecimal("1.23456789012345678901234567890123456789E+200")))
                .hasMessage("DynamoDB only supports precision up to 38 digits");
    }

    @Test
    void significantDigits_ignoresLeadingAndTrailingZeros() {
        assertThat(NumberRules.significantDigits(new BigDecimal("1000"))).isEqualTo(1);
        assertThat(NumberRules.significantDigits(new BigDecimal("0.00120"))).isEqualTo(2);
        assertThat(NumberRules.exponent(new BigDecimal("123.4"))).isEqualTo(2);
        assertThat(NumberRules.exponent(new BigDecimal("0.05"))).isEqualTo(-2);
    }
}
