package dev.dynasim.engine.replication;

/** Whether a replica group can serve a kind of request now, and if not, why (F4.3, F4.6). */
public enum Availability {
    /** It can. */
    AVAILABLE("available"),
    /** A new leader is waiting out the old leader's lease before it serves writes and strongly consistent reads (F4.6). */
    LEASE_WAIT("a new leader is waiting for the old leader's lease to expire"),
    /** Fewer than 2 of the 3 replicas are up: no write quorum and no leader (F4.4, F4.6). */
    NO_QUORUM("fewer than 2 of its 3 replicas are up, so it has no write quorum"),
    /** No storage replica that is up and caught up is left to serve an eventually consistent read. */
    NO_REPLICA("no storage replica is up to serve the read");

    private final String why;

    Availability(String why) {
        this.why = why;
    }

    /** A short explanation for students. */
    public String why() {
        return why;
    }
}
