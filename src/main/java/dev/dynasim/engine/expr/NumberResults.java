package dev.dynasim.engine.expr;

import dev.dynasim.engine.model.AttributeValue.N;
import dev.dynasim.engine.model.DynamoDbException;
import java.math.BigDecimal;

/**
 * Checks the result of update arithmetic against DynamoDB's number limits: 38 significant digits,
 * magnitude up to 9.99...E+125 and down to 1E-130 (facts file F1.16 and V10; going over is an error).
 */
final class NumberResults {
    private static final int MAX_DIGITS = 38;
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1E+126");
    private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");

    private NumberResults() {
    }

    /** The value as a number, or a ValidationException with DynamoDB's message when it breaks a limit. */
    static N checked(BigDecimal value) {
        if (value.signum() == 0) {
            return new N(value);
        }
        BigDecimal magnitude = value.abs();
        if (magnitude.compareTo(MAX_MAGNITUDE) >= 0) {
            throw DynamoDbException.validation(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (magnitude.compareTo(MIN_MAGNITUDE) < 0) {
            throw DynamoDbException.validation(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        if (value.stripTrailingZeros().precision() > MAX_DIGITS) {
            throw DynamoDbException.validation("Attempting to store more than 38 significant digits in a Number");
        }
        return new N(value);
    }
}
