package dev.dynasim.engine.capacity;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer to "may this request consume its units now?": admitted when {@code reasons} is empty,
 * otherwise throttled for the listed reasons, in the order the resources were asked, without
 * duplicates (DynamoDB's {@code ThrottlingReasons} list, F3.31).
 */
public record ThrottleDecision(List<ThrottlingReason> reasons) {
    private static final ThrottleDecision ADMITTED = new ThrottleDecision(List.of());

    /** Copies the reasons. */
    public ThrottleDecision {
        reasons = List.copyOf(reasons);
    }

    /** The admitted decision. */
    public static ThrottleDecision admit() {
        return ADMITTED;
    }

    /** A decision throttled for one reason. */
    public static ThrottleDecision throttle(ThrottlingReason reason) {
        return new ThrottleDecision(List.of(reason));
    }

    /** True when the request may consume its units. */
    public boolean admitted() {
        return reasons.isEmpty();
    }

    /** True when the request is throttled. */
    public boolean throttled() {
        return !reasons.isEmpty();
    }

    /** The first reason of a throttled decision. */
    public ThrottlingReason reason() {
        if (reasons.isEmpty()) {
            throw new IllegalStateException("an admitted decision has no throttling reason");
        }
        return reasons.get(0);
    }

    /** Admitted only if both are; otherwise the reasons of this one, then the other's new ones. */
    public ThrottleDecision and(ThrottleDecision other) {
        if (other.admitted()) {
            return this;
        }
        if (admitted()) {
            return other;
        }
        List<ThrottlingReason> all = new ArrayList<>(reasons);
        for (ThrottlingReason reason : other.reasons) {
            if (!all.contains(reason)) {
                all.add(reason);
            }
        }
        return new ThrottleDecision(all);
    }

    @Override
    public String toString() {
        return admitted() ? "admitted" : "throttled " + reasons;
    }
}
