package dev.dynasim.engine.capacity;

import java.util.ArrayList;
import java.util.List;

/**
 * All-or-nothing admission over several gates: a table write that also writes GSIs is admitted only
 * if the table and every affected GSI admit it, and then consumes at all of them; otherwise it
 * consumes nothing (F2.15: a starved GSI throttles writes to the base table). Claims on the same gate
 * (two index writes when a GSI key changes, F2.14) are added up before asking it.
 */
public final class Admission {
    private Admission() {
    }

    /** Asks every gate for its summed claims; consumes at all of them only if all admit. */
    public static ThrottleDecision tryConsumeAll(List<CapacityClaim> claims, long nowMillis) {
        List<CapacityClaim> merged = merge(claims);
        ThrottleDecision decision = check(merged, nowMillis);
        if (decision.admitted()) {
            for (CapacityClaim claim : merged) {
                claim.gate().consume(claim.units(), nowMillis);
            }
        }
        return decision;
    }

    /** Consumes every claim (summed per gate) without asking again: call only after {@link #checkAll} admitted them at {@code nowMillis}. */
    public static void consumeAll(List<CapacityClaim> claims, long nowMillis) {
        List<CapacityClaim> merged = merge(claims);
        for (int i = 0; i < merged.size(); i++) { // indexed: no iterator on the per-request path
            CapacityClaim claim = merged.get(i);
            claim.gate().consume(claim.units(), nowMillis);
        }
    }

    /** The combined decision of every gate for its summed claims; consumes nothing. */
    public static ThrottleDecision checkAll(List<CapacityClaim> claims, long nowMillis) {
        return check(merge(claims), nowMillis);
    }

    /** Whether no two claims share a gate (the common case, which needs no merged copy). */
    private static boolean distinctGates(List<CapacityClaim> claims) {
        for (int i = 1; i < claims.size(); i++) {
            for (int j = 0; j < i; j++) if (claims.get(i).gate() == claims.get(j).gate()) return false;
        }
        return true;
    }

    private static ThrottleDecision check(List<CapacityClaim> merged, long nowMillis) {
        ThrottleDecision decision = ThrottleDecision.admit();
        for (int i = 0; i < merged.size(); i++) { // indexed: no iterator on the per-request path
            CapacityClaim claim = merged.get(i);
            decision = decision.and(claim.gate().check(claim.units(), nowMillis));
        }
        return decision;
    }

    /** Claims with one entry per gate (by identity), in order of first appearance. */
    static List<CapacityClaim> merge(List<CapacityClaim> claims) {
        if (distinctGates(claims)) return claims;
        List<CapacityClaim> merged = new ArrayList<>(claims.size());
        for (CapacityClaim claim : claims) {
            int at = indexOfGate(merged, claim.gate());
            if (at < 0) {
                merged.add(claim);
            } else {
                merged.set(at, new CapacityClaim(claim.gate(), merged.get(at).units() + claim.units()));
            }
        }
        return merged;
    }

    private static int indexOfGate(List<CapacityClaim> claims, ThroughputGate gate) {
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).gate() == gate) {
                return i;
            }
        }
        return -1;
    }
}
