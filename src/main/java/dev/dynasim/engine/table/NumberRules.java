package dev.dynasim.engine.table;

import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.Limits;
import java.math.BigDecimal;

/**
 * DynamoDB's number rules (facts F1.16, F1.17): the text forms it reads and the precision and
 * range it stores. Text is read with {@link BigDecimal}'s grammar, as DynamoDB Local does, so
 * "+5", "1e+3", ".5", "0010" and "-0" are numbers (oracle semantics.jsonl number-normalisation-put)
 * while "", "NaN", "Infinity" and "0x10" are not (oracle errors.jsonl number-empty, number-nan).
 */
public final class NumberRules {
    /** Text that is not a number (oracle errors.jsonl number-empty). */
    public static final String NOT_A_NUMBER = AttributeValue.N.NOT_A_NUMBER;
    /** More than 38 significant digits (oracle errors.jsonl number-set-39-digits). */
    public static final String TOO_PRECISE = "DynamoDB only supports precision up to 38 digits";
    /** Magnitude of 1E+126 or more (oracle errors.jsonl number-too-large). */
    public static final String OVERFLOW =
            "Number overflow. Attempting to store a number with magnitude larger than supported range";
    /** Non-zero magnitude below 1E-130 (oracle errors.jsonl number-too-small). */
    public static final String UNDERFLOW =
            "Number underflow. Attempting to store a number with magnitude smaller than supported range";

    private NumberRules() {
    }

    /** Reads number text and checks that DynamoDB can store it. */
    public static AttributeValue.N parseStorable(String text) {
        AttributeValue.N n = AttributeValue.N.of(text);
        checkRange(n.value());
        return n;
    }

    /**
     * Checks, in DynamoDB's order, that a number has at most 38 significant digits and, if it is
     * not zero, a magnitude from 1E-130 up to but excluding 1E+126.
     */
    public static void checkRange(BigDecimal value) {
        if (value.signum() == 0) return;
        if (value.precision() > Limits.MAX_NUMBER_DIGITS && significantDigits(value) > Limits.MAX_NUMBER_DIGITS) {
            throw DynamoDbException.validation(TOO_PRECISE);
        }
        int exponent = exponent(value);
        if (exponent > Limits.MAX_NUMBER_EXPONENT) throw DynamoDbException.validation(OVERFLOW);
        if (exponent < Limits.MIN_NUMBER_EXPONENT) throw DynamoDbException.validation(UNDERFLOW);
    }

    /** True when {@link #checkRange} would accept the number. */
    public static boolean isStorable(BigDecimal value) {
        if (value.signum() == 0) return true;
        int exponent = exponent(value);
        return (value.precision() <= Limits.MAX_NUMBER_DIGITS || significantDigits(value) <= Limits.MAX_NUMBER_DIGITS)
                && exponent <= Limits.MAX_NUMBER_EXPONENT && exponent >= Limits.MIN_NUMBER_EXPONENT;
    }

    /** Significant digits, without leading or trailing zeros: 1000 has 1 (F1.18). */
    public static int significantDigits(BigDecimal value) {
        if (value.signum() == 0) return 1;
        return value.stripTrailingZeros().precision();
    }

    /** The decimal exponent of the leading digit: 0 for 5, 2 for 123, -1 for 0.5. */
    public static int exponent(BigDecimal value) {
        return value.precision() - value.scale() - 1;
    }
}
