package dev.dynasim.engine.iam;

import java.util.Locale;

/**
 * A condition operator the evaluator understands, split into its parts: an optional set modifier
 * ({@code ForAllValues:} or {@code ForAnyValue:}) and a base comparison ({@code StringEquals},
 * {@code StringNotEquals}, {@code StringLike}, {@code StringNotLike}, or {@code Null}, which takes no
 * modifier). Names are spelled as in IAM's policy language. Any other operator is rejected, so that no
 * policy contains a condition the evaluator would silently ignore.
 */
public record ConditionOperator(SetModifier modifier, Base base) {
    /** The message for an operator outside the supported set; callers prefix it with where it was found. */
    public static final String UNSUPPORTED = "unsupported operator; dynasim supports StringEquals, StringNotEquals,"
            + " StringLike, StringNotLike and their ForAllValues:/ForAnyValue: forms, and Null";

    /** How a condition treats a multivalued key: as one value, or value by value. */
    public enum SetModifier {
        /** No modifier: the key is read as single-valued. */
        NONE(""),
        /** Every value of the key must match; holds when the request has no value at all. */
        FOR_ALL_VALUES("ForAllValues:"),
        /** At least one value of the key must match; never holds when the request has no value. */
        FOR_ANY_VALUE("ForAnyValue:");

        private final String prefix;

        SetModifier(String prefix) {
            this.prefix = prefix;
        }

        /** The prefix as written in a policy, e.g. {@code ForAllValues:} (empty for none). */
        public String prefix() {
            return prefix;
        }
    }

    /** The comparison made between the policy's values and the request's. */
    public enum Base {
        /** Exact, case-sensitive equality. */
        STRING_EQUALS("StringEquals", false, false),
        /** The negation of StringEquals: true when the key is missing. */
        STRING_NOT_EQUALS("StringNotEquals", false, true),
        /** Case-sensitive match with {@code *} and {@code ?} wildcards. */
        STRING_LIKE("StringLike", true, false),
        /** The negation of StringLike: true when the key is missing. */
        STRING_NOT_LIKE("StringNotLike", true, true),
        /** Whether the key is absent ("true") or present ("false"). */
        NULL("Null", false, false);

        private final String text;
        private final boolean wildcards;
        private final boolean negated;

        Base(String text, boolean wildcards, boolean negated) {
            this.text = text;
            this.wildcards = wildcards;
            this.negated = negated;
        }

        /** The name as written in a policy, e.g. {@code StringNotLike}. */
        public String text() {
            return text;
        }

        /** Whether policy values may use {@code *} and {@code ?}. */
        public boolean wildcards() {
            return wildcards;
        }

        /** Whether this is a negated operator (holds when nothing matches, and when the key is missing). */
        public boolean negated() {
            return negated;
        }
    }

    /** Checks the parts: {@code Null} takes no set modifier. */
    public ConditionOperator {
        if (modifier == null || base == null) throw new IllegalArgumentException("a condition operator needs a modifier and a base");
        if (base == Base.NULL && modifier != SetModifier.NONE) throw new IllegalArgumentException(UNSUPPORTED);
    }

    /** The operator named {@code text} (case-sensitive, as IAM spells it); fails with {@link #UNSUPPORTED} otherwise. */
    public static ConditionOperator parse(String text) {
        if (text == null) throw new IllegalArgumentException(UNSUPPORTED);
        SetModifier modifier = SetModifier.NONE;
        String rest = text;
        for (SetModifier m : SetModifier.values()) {
            if (m != SetModifier.NONE && text.startsWith(m.prefix())) {
                modifier = m;
                rest = text.substring(m.prefix().length());
            }
        }
        for (Base b : Base.values()) {
            if (b.text().equals(rest)) return new ConditionOperator(modifier, b);
        }
        throw new IllegalArgumentException(UNSUPPORTED);
    }

    /** The operator as written in a policy, e.g. {@code ForAllValues:StringEquals}. */
    @Override
    public String toString() {
        return modifier.prefix() + base.text();
    }

    /** Whether {@code value} is a valid value for this operator ({@code Null} takes "true" or "false"). */
    boolean acceptsValue(String value) {
        if (base != Base.NULL) return value != null;
        String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("false");
    }
}
