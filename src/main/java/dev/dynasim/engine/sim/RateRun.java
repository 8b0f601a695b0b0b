package dev.dynasim.engine.sim;

import dev.dynasim.engine.capacity.CapacityUnits;
import dev.dynasim.engine.capacity.ReadConsistency;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.partition.Token;
import dev.dynasim.engine.table.ApiOperation;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.RateOutcome;
import dev.dynasim.engine.table.RateTraffic;
import dev.dynasim.engine.workload.HeavyHitters;
import dev.dynasim.engine.workload.KeyShare;
import dev.dynasim.engine.workload.Operation;
import dev.dynasim.engine.workload.OperationMix;
import dev.dynasim.engine.workload.WorkloadRun;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A workload run at rate-level fidelity: each tick, its request count is split by the operation
 * mix into reads (GET and QUERY together), writes (PUT, UPDATE and DELETE together) and scans; each
 * goes to its heavy-hitter keys (hashed once, here) by their probabilities and the rest of the key
 * space by partition share, through the same partition gates as single requests, the operations of
 * a group sharing the gates in proportion. Reads cost the mix's blend of strong and eventual units (a
 * QUERY reads one item: sort keys are not tracked at this fidelity). A PUT writes an item of the mean
 * size: a heavy hitter's first PUT inserts it, later ones overwrite it; in the tail, the share of PUTs
 * that insert is what a uniform draw over the tail's keys would leave new (after n tail PUTs,
 * k(1 − e^(−n/k)) of its k keys have been written; every PUT inserts when the keys are unbounded, e.g.
 * sequential). For a skewed tail (Zipf) this overstates the new keys, so the table size is an upper
 * bound. UPDATE and DELETE rewrite in place. A SCAN reads a page of {@link RequestRunner#SCAN_PAGE_ITEMS}
 * items of the mean size (at most 1 MB, F1.6) and, since a scan walks the whole key space, its pages
 * are spread over the partitions by their share of the key space rather than by the key distribution;
 * the table is assumed to hold at least a page.
 */
final class RateRun {
    private final WorkloadRun run;
    private final List<Token> tokens = new ArrayList<>();
    private final double[] probabilities;
    private final double tailMass;
    private final double readUnits;
    private final double writeUnits;
    private final double scanUnits;
    private final long itemBytes;
    /** Items each heavy hitter has inserted so far (up to 1: its later PUTs overwrite). */
    private final double[] hitterInserted;
    /** Distinct keys in the tail, or -1 when unbounded. */
    private final long tailKeys;
    /** Tail PUTs served so far, from which the share of new keys follows. */
    private double tailPuts;
    /** The reads and writes offered in the last tick served. */
    private double lastReads;
    private double lastWrites;

    RateRun(WorkloadRun run, int heavyHitters, Database db) {
        this.run = run;
        KeySchema schema = db.spec(run.workload().table()).keySchema();
        HeavyHitters hh = run.workload().keys().heavyHitters(heavyHitters);
        probabilities = new double[hh.top().size()];
        for (int i = 0; i < probabilities.length; i++) {
            KeyShare k = hh.top().get(i);
            tokens.add(db.placement(run.workload().table(), RequestRunner.typed(schema.partitionKey().type(), k.key())).token());
            probabilities[i] = k.probability();
        }
        tailMass = hh.tailMass();
        tailKeys = hh.tailKeys();
        hitterInserted = new double[probabilities.length];
        OperationMix mix = run.workload().mix();
        itemBytes = Math.round(mix.itemSize().mean());
        readUnits = blendedReadUnits(mix, itemBytes);
        scanUnits = blendedReadUnits(mix, Math.min((long) RequestRunner.SCAN_PAGE_ITEMS * itemBytes, Limits.MAX_PAGE_BYTES));
        writeUnits = CapacityUnits.writeUnits(itemBytes, false);
    }

    /** The table the workload sends its traffic to. */
    String table() {
        return run.workload().table();
    }

    /** The reads offered in the last tick served, or refused: set before any of it is served. */
    double offeredReads() {
        return lastReads;
    }

    /** The writes offered in the last tick served, or refused: set before any of it is served. */
    double offeredWrites() {
        return lastWrites;
    }

    /** Serves this tick's traffic; returns {served, throttled, failed} requests. */
    double[] serve(Database db, long tickStart, long tickMillis) {
        lastReads = 0;
        lastWrites = 0;
        long n = run.requestsAt(tickStart, tickMillis);
        double[] outcome = new double[3];
        if (n == 0) return outcome;
        OperationMix mix = run.workload().mix();
        lastReads = n * (mix.share(Operation.GET) + mix.share(Operation.QUERY) + mix.share(Operation.SCAN));
        lastWrites = n * (mix.share(Operation.PUT) + mix.share(Operation.UPDATE) + mix.share(Operation.DELETE));
        String table = run.workload().table();
        double get = mix.share(Operation.GET);
        double query = mix.share(Operation.QUERY);
        double put = mix.share(Operation.PUT);
        double rewrite = mix.share(Operation.UPDATE) + mix.share(Operation.DELETE);
        if (get + query > 0) {
            double reads = n * (get + query);
            double writesPerMilli = n * (put + rewrite) / tickMillis;
            double[] keyWrites = new double[probabilities.length];
            for (int i = 0; i < keyWrites.length; i++) keyWrites[i] = writesPerMilli * probabilities[i];
            double tailKeyWrites = tailKeys > 0 ? writesPerMilli * tailMass / tailKeys : 0;
            tally(outcome, db.serveAtRate(table, new RateTraffic(shares(Operation.GET, get, Operation.QUERY, query), false,
                    readUnits, 0, tokens, keyRequests(reads), new double[tokens.size()], reads * tailMass, 0, 0,
                    new RateTraffic.ReadMix(mix.strongShare(), keyWrites, tailKeyWrites))));
        }
        if (put + rewrite > 0) writes(outcome, db, table, n * (put + rewrite), put / (put + rewrite), mix);
        double scans = n * mix.share(Operation.SCAN);
        if (scans > 0) {
            tally(outcome, db.serveAtRate(table,
                    RateTraffic.inPlace(ApiOperation.SCAN, false, scanUnits, List.of(), new double[0], scans)));
        }
        return outcome;
    }

    /** The API operations of two workload operations, by their share of the pair (those with a share only). */
    private static Map<ApiOperation, Double> shares(Operation a, double shareA, Operation b, double shareB) {
        Map<ApiOperation, Double> out = new EnumMap<>(ApiOperation.class);
        if (shareA > 0) out.put(apiOperation(a), shareA / (shareA + shareB));
        if (shareB > 0) out.put(apiOperation(b), shareB / (shareA + shareB));
        return out;
    }

    private double[] keyRequests(double requests) {
        double[] keyRequests = new double[probabilities.length];
        for (int i = 0; i < keyRequests.length; i++) keyRequests[i] = requests * probabilities[i];
        return keyRequests;
    }

    /**
     * The tick's writes, served together: {@code putShare} of them PutItems, which insert a heavy hitter
     * the first time it is written (up to one item in all) and, in the tail, the expected share of keys
     * not written before; the rest (UpdateItem, DeleteItem) rewrite in place.
     */
    private void writes(double[] outcome, Database db, String table, double requests, double putShare, OperationMix mix) {
        double[] keyInserts = new double[probabilities.length];
        for (int i = 0; i < keyInserts.length; i++) keyInserts[i] = Math.max(0, 1 - hitterInserted[i]);
        double tail = requests * tailMass;
        double tailPutsNow = tail * putShare;
        double newShare = 1;
        if (tailKeys == 0) {
            newShare = 0;
        } else if (tailKeys > 0 && tailPutsNow > 0) {
            double before = tailKeys * -Math.expm1(-tailPuts / tailKeys);
            double after = tailKeys * -Math.expm1(-(tailPuts + tailPutsNow) / tailKeys);
            newShare = Math.min(1, Math.max(0, (after - before) / tailPutsNow));
        }
        Map<ApiOperation, Double> ops = new EnumMap<>(ApiOperation.class);
        if (putShare > 0) ops.put(ApiOperation.PUT_ITEM, putShare);
        double update = mix.share(Operation.UPDATE);
        double delete = mix.share(Operation.DELETE);
        if (update > 0) ops.put(ApiOperation.UPDATE_ITEM, (1 - putShare) * update / (update + delete));
        if (delete > 0) ops.put(ApiOperation.DELETE_ITEM, (1 - putShare) * delete / (update + delete));
        RateOutcome r = db.serveAtRate(table, new RateTraffic(ops, true, writeUnits, itemBytes, tokens, keyRequests(requests),
                keyInserts, tail, putShare, newShare, null));
        for (int i = 0; i < hitterInserted.length; i++) hitterInserted[i] += r.keyInserted()[i];
        tailPuts += r.tailServed() * putShare;
        tally(outcome, r);
    }

    /** Units of one read of {@code bytes}, blending strong and eventual reads by the mix's strong share. */
    private static double blendedReadUnits(OperationMix mix, long bytes) {
        return mix.strongShare() * CapacityUnits.readUnits(bytes, ReadConsistency.STRONG)
                + (1 - mix.strongShare()) * CapacityUnits.readUnits(bytes, ReadConsistency.EVENTUAL);
    }

    /** The data-plane operation a workload operation is. */
    static ApiOperation apiOperation(Operation op) {
        return switch (op) {
            case GET -> ApiOperation.GET_ITEM;
            case PUT -> ApiOperation.PUT_ITEM;
            case UPDATE -> ApiOperation.UPDATE_ITEM;
            case DELETE -> ApiOperation.DELETE_ITEM;
            case QUERY -> ApiOperation.QUERY;
            case SCAN -> ApiOperation.SCAN;
        };
    }


    private static void tally(double[] outcome, RateOutcome r) {
        outcome[0] += r.served();
        outcome[1] += r.throttled();
        outcome[2] += r.failed();
    }
}
