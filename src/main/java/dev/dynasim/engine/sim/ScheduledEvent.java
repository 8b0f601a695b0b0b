package dev.dynasim.engine.sim;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.UpdateTableRequest;

/**
 * Something that happens at a simulated time, before the step that starts then: a change made to a
 * table (a switch of billing mode, new provisioned capacity units, or both; a null field leaves that
 * setting alone; switching to PROVISIONED needs the capacity units), or a {@link Fault} (then
 * {@code table} names the table of a replica fault and is null for a zone fault).
 */
public record ScheduledEvent(long atMillis, String table, BillingMode billingMode, ProvisionedThroughput throughput,
                             Fault fault) {

    /** Checks the fields. */
    public ScheduledEvent {
        if (atMillis < 0) throw new IllegalArgumentException("event time must not be negative: " + atMillis);
        if (fault != null) {
            if (billingMode != null || throughput != null) throw new IllegalArgumentException("a fault event changes no capacity");
            if (fault.onTable() != (table != null && !table.isEmpty())) {
                throw new IllegalArgumentException(fault.onTable() ? "a replica fault needs a table" : "a zone fault names no table");
            }
        } else {
            if (table == null || table.isEmpty()) throw new IllegalArgumentException("event table is required");
            if (billingMode == null && throughput == null) {
                throw new IllegalArgumentException("an event changes the billing mode, the capacity, or both");
            }
            if (billingMode == BillingMode.PROVISIONED && throughput == null) {
                throw new IllegalArgumentException("switching to PROVISIONED needs readCapacity and writeCapacity");
            }
        }
    }

    /** A capacity change (no fault). */
    public ScheduledEvent(long atMillis, String table, BillingMode billingMode, ProvisionedThroughput throughput) {
        this(atMillis, table, billingMode, throughput, null);
    }

    /** A fault at {@code atMillis} ({@code table} null for a zone fault). */
    public static ScheduledEvent fault(long atMillis, String table, Fault fault) {
        return new ScheduledEvent(atMillis, table, null, null, fault);
    }

    /** Carries the event out on the simulation, now. */
    void apply(Simulation sim) {
        if (fault != null) fault.apply(sim, table);
        else sim.updateTable(request());
    }

    /** The UpdateTable request this event makes. */
    public UpdateTableRequest request() {
        return new UpdateTableRequest(table, null, billingMode == null ? null : billingMode.name(),
                billingMode == BillingMode.PAY_PER_REQUEST ? null : throughput, null, null, null, null);
    }

    /** A one-line description, e.g. "Orders: PROVISIONED 100 RCU / 200 WCU". */
    public String describe() {
        if (fault != null) return fault.describe(table);
        StringBuilder sb = new StringBuilder(table).append(':');
        if (billingMode != null) sb.append(' ').append(billingMode);
        if (throughput != null && billingMode != BillingMode.PAY_PER_REQUEST) {
            sb.append(' ').append(throughput.readCapacityUnits()).append(" RCU / ")
                    .append(throughput.writeCapacityUnits()).append(" WCU");
        }
        return sb.toString();
    }
}
