package dev.dynasim.engine.replication;

/**
 * A write a replica group accepted: its log sequence number in the group, the instant the leader
 * committed it, and per replica slot the instant that replica applies it ({@link Long#MAX_VALUE} for a
 * replica that is down and will catch up when it returns).
 */
public record WriteTicket(long lsn, long committedMillis, long[] applyAtMillis) {
}
