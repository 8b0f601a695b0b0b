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
    /** Of the read and write units: those on secondary indexes, and those of transactions (TransactGetItems, TransactWriteItems). */
    private double indexReadUnits;
    private double indexWriteUnits;
    private double transactionalReadUnits;
    private double transactionalWriteUnits;

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

    /** Records one request's read units, {@code indexUnits} of them on secondary indexes, made in a transaction or not. */
    void read(double units, double indexUnits, boolean transactional) {
        read(units);
        indexReadUnits += indexUnits;
        if (transactional) transactionalReadUnits += units - indexUnits;
    }

    /** Records one request's write units, {@code indexUnits} of them keeping secondary indexes up to date, made in a transaction or not. */
    void write(double units, double indexUnits, boolean transactional) {
        write(units);
        indexWriteUnits += indexUnits;
        if (transactional) transactionalWriteUnits += units - indexUnits;
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

    /** Of the read units, those consumed on secondary indexes (a Query or Scan of an index). */
    public double indexReadUnits() {
        return indexReadUnits;
    }

    /** Of the write units, those that kept secondary indexes up to date. */
    public double indexWriteUnits() {
        return indexWriteUnits;
    }

    /** Of the read units, those of transactions on the tables themselves (two units per 4 KB, P4). */
    public double transactionalReadUnits() {
        return transactionalReadUnits;
    }

    /** Of the write units, those of transactions on the tables themselves (two units per 1 KB, P4; their index writes are index units). */
    public double transactionalWriteUnits() {
        return transactionalWriteUnits;
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
