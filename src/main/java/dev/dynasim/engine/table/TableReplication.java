package dev.dynasim.engine.table;

import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.model.ErrorCode;
import dev.dynasim.engine.partition.Token;
import dev.dynasim.engine.replication.Availability;
import dev.dynasim.engine.replication.ReplicaGroup;
import dev.dynasim.engine.replication.WriteTicket;

/**
 * A table's side of replication: before a write or a strongly consistent read, whether the
 * partition's replica group can serve it (else DynamoDB's retryable HTTP 500, F4.6, F4.11); each
 * applied write logged with its replication ticket; and what the replica chosen for an eventually
 * consistent read sees of an item (F4.3), with the figures the trace reports.
 */
final class TableReplication {
    /** The start of every unavailability message: DynamoDB's HTTP 500 error (facts 7.1 gives no text; this is ours). */
    static final String INTERNAL_SERVER_ERROR = "Internal server error";

    private final String table;
    private final ReplicationContext context;
    /** This table's follower lags, and its choices of the replica for an eventually consistent read. */
    private final java.util.random.RandomGenerator lagStream;
    private final java.util.random.RandomGenerator readStream;
    final VersionLog versions = new VersionLog();

    TableReplication(String table, ReplicationContext context) {
        this.table = table;
        this.context = context;
        this.lagStream = context.streams.apply("replication-lag/" + table);
        this.readStream = context.streams.apply("replica-reads/" + table);
    }


    /** Throws InternalServerError unless the group of {@code token}'s partition can take a write now. */
    void checkWrite(Partitions partitions, String index, Token token) {
        if (!context.enabled) return;
        ReplicaGroup g = partitions.groupOf(token);
        Availability a = g.writes(context.instant());
        if (a != Availability.AVAILABLE) throw unavailable(partitions, index, token, a, "writes", true);
    }

    /** Throws InternalServerError unless the group's leader can serve a strongly consistent read now. */
    void checkStrongRead(Partitions partitions, String index, Token token) {
        if (!context.enabled) return;
        Availability a = partitions.groupOf(token).strongReads(context.instant());
        if (a != Availability.AVAILABLE) throw unavailable(partitions, index, token, a, "strongly consistent reads", false);
    }

    /** The slot of the replica that serves an eventually consistent read now; InternalServerError if none can. */
    int eventualReader(Partitions partitions, String index, Token token) {
        if (!context.enabled) return -1;
        int slot = partitions.groupOf(token).eventualReader(context.readInstant(), readStream);
        if (slot < 0) throw unavailable(partitions, index, token, Availability.NO_REPLICA, "eventually consistent reads", false);
        return slot;
    }

    /** Replication's effects on one rate-level traffic of this table in the tick ending at {@code now}. */
    RateReplication atRate(RateTraffic traffic, long now) {
        if (!context.enabled) return RateReplication.OFF;
        long start = context.instant < 0 ? now : context.instant;
        return new RateReplication(context, table, traffic, start, now, context.faultsActive);
    }

    /** Replicates an applied write of the item at {@code key} (which held {@code before}) through its partition's group. */
    void replicate(Partitions partitions, Token token, VersionLog.ItemKey key, StoredItem before) {
        if (!context.enabled) return;
        ReplicaGroup g = partitions.groupOf(token);
        WriteTicket ticket = g.write(context.instant(), context.settings, lagStream);
        ReplicationTally tally = context.tally(table);
        long commit = ticket.committedMillis();
        for (int i = 0; i < ticket.applyAtMillis().length; i++) {
            long at = ticket.applyAtMillis()[i];
            if (i != g.leader() && at != Long.MAX_VALUE) tally.lag(at - commit);
        }
        versions.record(key, ticket, before);
    }

    /** What slot {@code slot} sees of an item the leader holds as {@code current}, for a Query or Scan page (not counted as a point read). */
    StoredItem seenOnReplica(Partitions partitions, Token token, VersionLog.ItemKey key, StoredItem current, int slot) {
        if (!context.enabled) return current;
        return versions.seen(key, current, partitions.groupOf(token), slot, context.readInstant()).item();
    }

    /** What an eventually consistent read at slot {@code slot} sees of the item the leader holds as {@code current}. */
    VersionLog.Seen seenEventually(Partitions partitions, Token token, VersionLog.ItemKey key, StoredItem current, int slot) {
        if (!context.enabled) return new VersionLog.Seen(current, 0, 0);
        return versions.seen(key, current, partitions.groupOf(token), slot, context.readInstant());
    }

    /** Counts an eventually consistent point read that was served (after admission): stale or not, and by how much. */
    void countEventual(VersionLog.Seen seen) {
        if (context.enabled) context.tally(table).eventualRead(seen.versionsBehind(), seen.stalenessMillis());
    }

    private DynamoDbException unavailable(Partitions partitions, String index, Token token, Availability a, String what,
                                          boolean write) {
        long partition = partitions.map().route(token).id().number();
        context.failed(table, index, partition, a);
        ReplicationTally tally = context.tally(table);
        if (write) tally.unavailableWrites++;
        else tally.unavailableReads++;
        return new DynamoDbException(ErrorCode.InternalServerError, INTERNAL_SERVER_ERROR + ": partition " + partition
                + " of " + (index == null ? "table " + table : "index " + index + " of table " + table)
                + " cannot serve " + what + " now: " + a.why() + " (retry)");
    }
}
