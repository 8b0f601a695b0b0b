package dev.dynasim.engine.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One DynamoDB attribute value: exactly one of the ten types (F1.2). Values are immutable.
 * Construction does not validate against DynamoDB's limits; {@link ItemValidator} does, with
 * DynamoDB's own messages, so bad input becomes a ValidationException and never a crash.
 */
public sealed interface AttributeValue
        permits AttributeValue.S, AttributeValue.N, AttributeValue.B, AttributeValue.Bool,
        AttributeValue.Null, AttributeValue.M, AttributeValue.L, AttributeValue.SS,
        AttributeValue.NS, AttributeValue.BS {

    /** The wire type tag: "S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS" or "BS". */
    String type();

    /** A string value. */
    static S s(String value) {
        return new S(value);
    }

    /** A number value from its decimal text, e.g. {@code n("42")}. */
    static N n(String text) {
        return N.of(text);
    }

    /** A number value. */
    static N n(long value) {
        return new N(BigDecimal.valueOf(value));
    }

    /** A number value. */
    static N n(BigDecimal value) {
        return new N(value);
    }

    /** A binary value (the bytes are copied). */
    static B b(byte[] value) {
        return new B(value);
    }

    /** A boolean value. */
    static Bool bool(boolean value) {
        return value ? Bool.TRUE : Bool.FALSE;
    }

    /** The NULL value. */
    static Null nul() {
        return Null.INSTANCE;
    }

    /** A map value. */
    static M m(Map<String, AttributeValue> value) {
        return new M(value);
    }

    /** A list value. */
    static L l(List<AttributeValue> value) {
        return new L(value);
    }

    /** A list value. */
    static L l(AttributeValue... values) {
        return new L(List.of(values));
    }

    /** A string set. */
    static SS ss(String... values) {
        return new SS(List.of(values));
    }

    /** A number set from decimal texts. */
    static NS ns(String... values) {
        return new NS(Arrays.stream(values).map(N::of).toList());
    }

    /** A string: compared by UTF-8 bytes (F1.7). Its UTF-8 length is measured once, when it is made. */
    record S(String value, int utf8Length) implements AttributeValue {
        /** A string value. */
        public S(String value) {
            this(value, ItemSizes.utf8Length(java.util.Objects.requireNonNull(value, "S value")));
        }

        /** The canonical form: {@code utf8Length} must be the UTF-8 length of {@code value}; prefer {@code new S(value)}. */
        public S {
            if (value == null) throw new NullPointerException("S value");
        }

        @Override
        public String type() {
            return "S";
        }

        /** UTF-8 bytes of the string. */
        public byte[] utf8() {
            return value.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return '"' + value + '"';
        }
    }

    /**
     * A number, held as an exact decimal. {@link #text()} is the normalised form DynamoDB returns
     * (no exponent, no leading or trailing zeros).
     */
    record N(BigDecimal value) implements AttributeValue {
        public N {
            if (value == null) throw new NullPointerException("N value");
        }

        /** DynamoDB's message for text that is not a number (oracle errors.jsonl number-nan). */
        public static final String NOT_A_NUMBER = "A value provided cannot be converted into a number";

        /** Parses decimal text as DynamoDB does; text that is not a number is a ValidationException. */
        public static N of(String text) {
            if (text == null || text.isEmpty()) throw DynamoDbException.validation(NOT_A_NUMBER);
            try {
                return new N(new BigDecimal(text));
            } catch (NumberFormatException e) {
                throw DynamoDbException.validation(NOT_A_NUMBER);
            }
        }

        @Override
        public String type() {
            return "N";
        }

        /** The normalised decimal text, as DynamoDB returns numbers. */
        public String text() {
            if (value.signum() == 0) return "0";
            return value.stripTrailingZeros().toPlainString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof N other && value.compareTo(other.value) == 0;
        }

        @Override
        public int hashCode() {
            return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** A binary: compared as unsigned bytes (F1.7). The array is copied in and out. */
    record B(byte[] value) implements AttributeValue {
        public B {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        /** The number of bytes, without copying. */
        public int length() {
            return value.length;
        }

        /** Unsigned byte comparison with another binary. */
        public int compareTo(B other) {
            return Arrays.compareUnsigned(value, other.value);
        }

        @Override
        public String type() {
            return "B";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof B other && Arrays.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "b64:" + Base64.getEncoder().encodeToString(value);
        }
    }

    /** A boolean. */
    record Bool(boolean value) implements AttributeValue {
        static final Bool TRUE = new Bool(true);
        static final Bool FALSE = new Bool(false);

        @Override
        public String type() {
            return "BOOL";
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /**
     * NULL. On the wire it is {@code {"NULL": true}}; {@code isNull} keeps what was sent so that
     * {@code {"NULL": false}} can be rejected with DynamoDB's message.
     */
    record Null(boolean isNull) implements AttributeValue {
        static final Null INSTANCE = new Null(true);

        @Override
        public String type() {
            return "NULL";
        }

        @Override
        public String toString() {
            return "null";
        }
    }

    /** A map of named values, in insertion order. */
    record M(Map<String, AttributeValue> value) implements AttributeValue {
        public M {
            value = Collections.unmodifiableMap(new LinkedHashMap<>(value));
        }

        @Override
        public String type() {
            return "M";
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** A list of values of any types. */
    record L(List<AttributeValue> value) implements AttributeValue {
        public L {
            value = List.copyOf(value);
        }

        @Override
        public String type() {
            return "L";
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** A string set, members in the order given (validation rejects duplicates). */
    record SS(List<String> value) implements AttributeValue {
        public SS {
            value = List.copyOf(value);
        }

        @Override
        public String type() {
            return "SS";
        }

        @Override
        public String toString() {
            return "SS" + value;
        }
    }

    /** A number set. */
    record NS(List<N> value) implements AttributeValue {
        public NS {
            value = List.copyOf(value);
        }

        @Override
        public String type() {
            return "NS";
        }

        @Override
        public String toString() {
            return "NS" + value;
        }
    }

    /** A binary set. */
    record BS(List<B> value) implements AttributeValue {
        public BS {
            value = List.copyOf(value);
        }

        @Override
        public String type() {
            return "BS";
        }

        @Override
        public String toString() {
            return "BS" + value;
        }
    }
}
