package dev.dynasim.engine.sim;

import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.table.UpdateTableRequest;

/**
 * A change made to a table at a simulated time, before the step that starts then: a switch of
 * billing mode, new provisioned capacity units, or both. A null field leaves that setting alone;
 * switching to PROVISIONED needs the capacity units.
 */
public record ScheduledEvent(long atMillis, String table, BillingMode billingMode, ProvisionedThroughput throughput) {

    /** Checks the fields. */
    public ScheduledEvent {
        if (atMillis < 0) throw new IllegalArgumentException("event time must not be negative: " + atMillis);
        if (table == null || table.isEmpty()) throw new IllegalArgumentException("event table is required");
        if (billingMode == null && throughput == null) {
            throw new IllegalArgumentException("an event changes the billing mode, the capacity, or both");
        }
        if (billingMode == BillingMode.PROVISIONED && throughput == null) {
            throw new IllegalArgumentException("switching to PROVISIONED needs readCapacity and writeCapacity");
        }
    }

    /** The UpdateTable request this event makes. */
    public UpdateTableRequest request() {
        return new UpdateTableRequest(table, null, billingMode == null ? null : billingMode.name(),
                billingMode == BillingMode.PAY_PER_REQUEST ? null : throughput, null, null, null, null);
    }

    /** A one-line description, e.g. "Orders: PROVISIONED 100 RCU / 200 WCU". */
    public String describe() {
        StringBuilder sb = new StringBuilder(table).append(':');
        if (billingMode != null) sb.append(' ').append(billingMode);
        if (throughput != null && billingMode != BillingMode.PAY_PER_REQUEST) {
            sb.append(' ').append(throughput.readCapacityUnits()).append(" RCU / ")
                    .append(throughput.writeCapacityUnits()).append(" WCU");
        }
        return sb.toString();
    }
}
