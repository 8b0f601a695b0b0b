package dev.dynasim.engine.table;

import dev.dynasim.engine.capacity.Admission;
import dev.dynasim.engine.capacity.CapacityClaim;
import dev.dynasim.engine.capacity.OnDemandHotPartitionError;
import dev.dynasim.engine.capacity.OperationType;
import dev.dynasim.engine.capacity.ThrottleDecision;
import dev.dynasim.engine.capacity.ThrottleError;
import dev.dynasim.engine.capacity.ThrottlingReason;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ThrottlingCause;
import dev.dynasim.engine.partition.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The capacity one request asks for, on every table and GSI partition it touches, admitted all
 * or nothing (F2.15: a GSI short of write capacity throttles the table write). A throttled request
 * consumes nothing and becomes DynamoDB's throttling error with its ThrottlingReasons (F3.29-F3.31).
 */
final class RequestAdmission {
    /** The request's first charge; most requests have just this one (a point read or write without GSIs). */
    private Charge single;
    /** Every charge, once there is more than one (null until then). */
    private List<Charge> charges;

    /** Asks for {@code units} of {@code operation} on the partition of a known token (saves hashing the key again). */
    RequestAdmission add(Partitions partitions, Token token, OperationType operation, double units) {
        if (units <= 0) return this;
        Charge charge = partitions.charge(token, operation, units);
        if (single == null) {
            single = charge;
        } else {
            if (charges == null) {
                charges = new ArrayList<>();
                charges.add(single);
            }
            charges.add(charge);
        }
        return this;
    }

    /**
     * Admits the request at {@code now}, consuming at every gate, or throws the throttling error
     * (nothing consumed); {@code hotPartition} is what an on-demand hot partition answers with. The
     * exception follows the billing mode of the first table or GSI that throttled (a transaction may
     * span tables in both modes). Served capacity is counted under {@code operation}.
     */
    void admit(OnDemandHotPartitionError hotPartition, ApiOperation operation, long now) {
        if (single == null) return;
        if (charges == null) {
            ThrottleDecision d = Admission.checkAll(single.claims(), now);
            if (d.throttled()) {
                single.partitions().throttled(single, true);
                throw error(d, single.partitions(), causes(d, single.partitions(), new ArrayList<>()), hotPartition);
            }
            Admission.consumeAll(single.claims(), now);
            single.partitions().served(single, true, operation, now);
            return;
        }
        Map<Partitions, List<CapacityClaim>> claims = new LinkedHashMap<>();
        for (Charge c : charges) claims.computeIfAbsent(c.partitions(), p -> new ArrayList<>()).addAll(c.claims());
        List<ThrottlingCause> causes = null;
        ThrottleDecision first = null;
        Partitions throttledBy = null;
        for (Map.Entry<Partitions, List<CapacityClaim>> e : claims.entrySet()) {
            ThrottleDecision d = Admission.checkAll(e.getValue(), now);
            if (d.throttled()) {
                if (first == null) {
                    first = d;
                    throttledBy = e.getKey();
                    causes = new ArrayList<>();
                }
                causes(d, e.getKey(), causes);
            }
        }
        boolean[] firsts = firstOnPartition();
        if (first != null) {
            for (int i = 0; i < charges.size(); i++) charges.get(i).partitions().throttled(charges.get(i), firsts[i]);
            throw error(first, throttledBy, causes, hotPartition);
        }
        List<CapacityClaim> all = new ArrayList<>();
        for (List<CapacityClaim> group : claims.values()) all.addAll(group);
        Admission.consumeAll(all, now);
        for (int i = 0; i < charges.size(); i++) charges.get(i).partitions().served(charges.get(i), firsts[i], operation, now);
    }

    /** Adds a throttle decision's reasons, naming the table or GSI that gave them, to {@code causes}. */
    private static List<ThrottlingCause> causes(ThrottleDecision d, Partitions by, List<ThrottlingCause> causes) {
        for (ThrottlingReason r : d.reasons()) causes.add(new ThrottlingCause(r.name(), by.arn()));
        return causes;
    }

    /** DynamoDB's throttling error for the first decision that throttled, in the billing mode of its table or GSI. */
    private static DynamoDbException error(ThrottleDecision first, Partitions by, List<ThrottlingCause> causes,
                                           OnDemandHotPartitionError hotPartition) {
        ThrottleError error = ThrottleError.of(first, by.mode(), hotPartition);
        return new DynamoDbException(error.code(), error.message(), causes);
    }

    /**
     * For each charge, whether it is the request's first on its partition: a request touching one
     * partition for many keys (a Scan page, a transaction) counts as one request there.
     */
    private boolean[] firstOnPartition() {
        boolean[] first = new boolean[charges.size()];
        Map<Partitions, BitSet> seen = new HashMap<>();
        for (int i = 0; i < first.length; i++) {
            Charge c = charges.get(i);
            BitSet positions = seen.computeIfAbsent(c.partitions(), p -> new BitSet());
            first[i] = !positions.get(c.position());
            positions.set(c.position());
        }
        return first;
    }
}
