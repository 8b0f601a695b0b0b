package dev.dynasim.engine.table;

/**
 * The capacity units a table has consumed since it was created, successful or not (failed
 * conditional writes are charged too, F2.11): what metering and billing read.
 */
public final class Usage {
    private double readUnits;
    private double writeUnits;
    /** Requests, fractional because rate-level traffic is (item-level requests count whole). */
    private double requests;
    private double throttledRequests;

    /** Records units read. */
    void read(double units) {
        readUnits += units;
        requests++;
    }

    /** Records units written. */
    void write(double units) {
        writeUnits += units;
        requests++;
    }

    /** Records rate-level traffic: units consumed by {@code served} requests, and {@code throttled} more refused. */
    void rate(boolean write, double units, double served, double throttled) {
        if (write) writeUnits += units;
        else readUnits += units;
        requests += served;
        throttledRequests += throttled;
    }

    /** Records a request that was throttled: it consumed nothing. */
    void throttled() {
        throttledRequests++;
    }

    /** Requests throttled so far (ThrottledRequests counts each request once, F3.32). */
    public long throttledRequests() {
        return Math.round(throttledRequests);
    }

    /** Read units consumed so far. */
    public double readUnits() {
        return readUnits;
    }

    /** Write units consumed so far. */
    public double writeUnits() {
        return writeUnits;
    }

    /** Metered requests so far. */
    public long requests() {
        return Math.round(requests);
    }

    @Override
    public String toString() {
        return String.format("%.1f read units, %.1f write units, %d requests", readUnits, writeUnits, requests())
                + (throttledRequests() == 0 ? "" : String.format(", %d throttled", throttledRequests()));
    }
}
