package dev.dynasim.engine.sim;

import dev.dynasim.engine.billing.AutoScalingPolicy;
import dev.dynasim.engine.billing.TargetTracker;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.model.ProvisionedThroughput;
import dev.dynasim.engine.partition.TickUsage;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.UpdateTableRequest;
import dev.dynasim.engine.trace.ScalingActivity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Auto scaling of one provisioned table (P13-P15): a target tracker per dimension fed each tick with
 * the units the table's own partitions consumed (not its GSIs', whose capacity is their own), and the
 * UpdateTable changes it decides, applied when their delay has passed. A decrease beyond the table's
 * daily quota (P12) is refused by UpdateTable itself and traced as refused.
 */
final class AutoScaler {
    private final String table;
    /** The incarnation of the table the policy was put on (Database.incarnation). */
    private final long incarnation;
    private final TargetTracker read;
    private final TargetTracker write;
    private final List<Pending> pending = new ArrayList<>();

    private record Pending(long at, boolean isRead, long from, long to) {
    }

    AutoScaler(String table, long incarnation, AutoScalingPolicy read, AutoScalingPolicy write) {
        this.table = table;
        this.incarnation = incarnation;
        this.read = read == null ? null : new TargetTracker(read);
        this.write = write == null ? null : new TargetTracker(write);
    }

    /** At the end of the tick [start, end): applies changes that are due, then feeds the trackers and records decisions. */
    void tick(Consumer<UpdateTableRequest> update, Database db, Consumer<ScalingActivity> trace, long start, long end) {
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            if (p.at() > end) continue;
            pending.remove(i--);
            apply(update, db, trace, p, end);
        }
        TickUsage u = db.lastTick(table);
        double readUnits = u == null ? 0 : u.readUnits();
        double writeUnits = u == null ? 0 : u.writeUnits();
        ProvisionedThroughput t = db.spec(table).throughput();
        if (read != null) decide(trace, true, read, start, end, readUnits, t.readCapacityUnits());
        if (write != null) decide(trace, false, write, start, end, writeUnits, t.writeCapacityUnits());
    }

    private void decide(Consumer<ScalingActivity> trace, boolean isRead, TargetTracker tracker, long start, long end, double units, long provisioned) {
        long to = tracker.tick(start, end, units, provisioned);
        if (to < 0) return;
        AutoScalingPolicy p = tracker.policy();
        pending.add(new Pending(end + p.updateDelayMillis(), isRead, provisioned, to));
        trace.accept(new ScalingActivity(end, table, isRead ? "read" : "write", provisioned, to, "decided",
                (to > provisioned ? p.scaleOutDataPoints() + " minutes above" : p.scaleInDataPoints() + " minutes below")
                        + " the " + Math.round(p.targetUtilization() * 100) + "% target; the UpdateTable applies in "
                        + p.updateDelayMillis() / 1000 + " s"));
    }

    private void apply(Consumer<UpdateTableRequest> update, Database db, Consumer<ScalingActivity> trace, Pending p, long now) {
        ProvisionedThroughput t = db.spec(table).throughput();
        ProvisionedThroughput next = p.isRead()
                ? new ProvisionedThroughput(p.to(), t.writeCapacityUnits())
                : new ProvisionedThroughput(t.readCapacityUnits(), p.to());
        String dimension = p.isRead() ? "read" : "write";
        long current = p.isRead() ? t.readCapacityUnits() : t.writeCapacityUnits();
        if (current == p.to()) return;
        try {
            update.accept(new UpdateTableRequest(table, null, null, next, null, null, null, null));
            trace.accept(new ScalingActivity(now, table, dimension, current, p.to(), "applied", "the UpdateTable completed"));
        } catch (DynamoDbException e) {
            String why = e.code() == ErrorCode.LimitExceededException && p.to() < current
                    ? "the daily limit on decreases is reached (" + e.getMessage() + ")" : e.code() + ": " + e.getMessage();
            trace.accept(new ScalingActivity(now, table, dimension, current, p.to(), "refused", why));
        }
    }

    String table() {
        return table;
    }

    long incarnation() {
        return incarnation;
    }
}
