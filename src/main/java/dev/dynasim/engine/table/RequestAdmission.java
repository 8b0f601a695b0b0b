package dev.dynasim.engine.table;

import dev.dynasim.engine.capacity.Admission;
import dev.dynasim.engine.capacity.CapacityClaim;
import dev.dynasim.engine.capacity.OnDemandHotPartitionError;
import dev.dynasim.engine.capacity.OperationType;
import dev.dynasim.engine.capacity.ThrottleDecision;
import dev.dynasim.engine.capacity.ThrottleError;
import dev.dynasim.engine.capacity.ThrottlingReason;
import dev.dynasim.engine.model.AttributeValue;
import dev.dynasim.engine.model.BillingMode;
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
    private final Map<Partitions, List<CapacityClaim>> claims = new LinkedHashMap<>();
    private final List<Charge> charges = new ArrayList<>();

    /** Asks for {@code units} of {@code operation} on the partition of a known token (saves hashing the key again). */
    RequestAdmission add(Partitions partitions, Token token, OperationType operation, double units) {
        if (units <= 0) return this;
        Charge charge = partitions.charge(token, operation, units);
        charges.add(charge);
        claims.computeIfAbsent(partitions, p -> new ArrayList<>()).addAll(charge.claims());
        return this;
    }

    /**
     * Admits the request at {@code now}, consuming at every gate, or throws the throttling error
     * (nothing consumed); {@code hotPartition} is what an on-demand hot partition answers with. The
     * exception follows the billing mode of the first table or GSI that throttled (a transaction may
     * span tables in both modes).
     */
    void admit(OnDemandHotPartitionError hotPartition, long now) {
        List<ThrottlingCause> causes = null;
        ThrottleDecision first = null;
        BillingMode mode = null;
        for (Map.Entry<Partitions, List<CapacityClaim>> e : claims.entrySet()) {
            ThrottleDecision d = Admission.checkAll(e.getValue(), now);
            if (d.throttled()) {
                if (first == null) {
                    first = d;
                    mode = e.getKey().mode();
                    causes = new ArrayList<>();
                }
                for (ThrottlingReason r : d.reasons()) causes.add(new ThrottlingCause(r.name(), e.getKey().arn()));
            }
        }
        if (first != null) {
            boolean[] firsts = firstOnPartition();
            for (int i = 0; i < charges.size(); i++) charges.get(i).partitions().throttled(charges.get(i), firsts == null || firsts[i]);
            ThrottleError error = ThrottleError.of(first, mode, hotPartition);
            throw new DynamoDbException(error.code(), error.message(), causes);
        }
        List<CapacityClaim> all;
        if (claims.size() == 1) {
            all = claims.values().iterator().next();
        } else {
            all = new ArrayList<>();
            for (List<CapacityClaim> group : claims.values()) all.addAll(group);
        }
        Admission.consumeAll(all, now);
        boolean[] firsts = firstOnPartition();
        for (int i = 0; i < charges.size(); i++) charges.get(i).partitions().served(charges.get(i), firsts == null || firsts[i], now);
    }

    /**
     * For each charge, whether it is the request's first on its partition: a request touching one
     * partition for many keys (a Scan page, a transaction) counts as one request there. Null when
     * there is at most one charge, which is always the first (the common case allocates nothing).
     */
    private boolean[] firstOnPartition() {
        if (charges.size() <= 1) return null;
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
