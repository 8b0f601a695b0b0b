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
import java.util.List;

/**
 * A workload run at rate-level fidelity: each tick, its request count is split by the operation
 * mix, each kind goes to its heavy-hitter keys (hashed once, here) by their probabilities and the
 * rest of the key space by partition share, through the same partition gates as single requests.
 * Reads cost the mix's blend of strong and eventual units. A PUT writes an item of the mean size:
 * a heavy hitter's first PUT inserts it, later ones overwrite it; in the tail, the share of PUTs that
 * insert is what a uniform draw over the tail's keys would leave new (after n tail PUTs, k(1 − e^(−n/k))
 * of its k keys have been written; every PUT inserts when the keys are unbounded, e.g. sequential).
 * UPDATE and DELETE rewrite in place. A SCAN reads a page of {@link RequestRunner#SCAN_PAGE_ITEMS}
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
    /** Heavy hitters written by a PUT already (their next PUT overwrites). */
    private final boolean[] hitterWritten;
    /** Distinct keys in the tail, or -1 when unbounded. */
    private final long tailKeys;
    /** Tail PUTs served so far, from which the share of new keys follows. */
    private double tailPuts;

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
        hitterWritten = new boolean[probabilities.length];
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

    /** Serves this tick's traffic; returns {served, throttled} requests. */
    double[] serve(Database db, long tickStart, long tickMillis) {
        long n = run.requestsAt(tickStart, tickMillis);
        double[] outcome = new double[2];
        if (n == 0) return outcome;
        OperationMix mix = run.workload().mix();
        String table = run.workload().table();
        for (Operation op : Operation.values()) {
            double requests = n * mix.share(op);
            if (requests <= 0) continue;
            ApiOperation api = apiOperation(op);
            switch (op) {
                case GET, QUERY -> tally(outcome, db.serveAtRate(table, RateTraffic.inPlace(api, false, readUnits, tokens,
                        keyRequests(requests), requests * tailMass)));
                case PUT -> put(outcome, db, table, requests);
                case UPDATE, DELETE -> tally(outcome, db.serveAtRate(table, RateTraffic.inPlace(api, true, writeUnits, tokens,
                        keyRequests(requests), requests * tailMass)));
                case SCAN -> tally(outcome, db.serveAtRate(table,
                        RateTraffic.inPlace(api, false, scanUnits, List.of(), new double[0], requests)));
            }
        }
        return outcome;
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

    private double[] keyRequests(double requests) {
        double[] keyRequests = new double[probabilities.length];
        for (int i = 0; i < keyRequests.length; i++) keyRequests[i] = requests * probabilities[i];
        return keyRequests;
    }

    /** PUTs: each heavy hitter's first inserts it; in the tail, the expected share of not-yet-written keys inserts. */
    private void put(double[] outcome, Database db, String table, double requests) {
        double[] keyRequests = keyRequests(requests);
        double[] keyInserts = new double[keyRequests.length];
        for (int i = 0; i < keyInserts.length; i++) {
            if (!hitterWritten[i] && keyRequests[i] > 0) {
                keyInserts[i] = 1;
                hitterWritten[i] = true;
            }
        }
        double tail = requests * tailMass;
        double insertShare = 1;
        if (tailKeys >= 0 && tail > 0) {
            double before = tailKeys * -Math.expm1(-tailPuts / tailKeys);
            double after = tailKeys * -Math.expm1(-(tailPuts + tail) / tailKeys);
            insertShare = Math.min(1, Math.max(0, (after - before) / tail));
        }
        RateOutcome r = db.serveAtRate(table, new RateTraffic(ApiOperation.PUT_ITEM, true, writeUnits, itemBytes, tokens,
                keyRequests, keyInserts, tail, tailKeys == 0 ? 0 : insertShare));
        double requested = r.served() + r.throttled();
        if (requested > 0) tailPuts += tail * r.served() / requested;
        tally(outcome, r);
    }

    private static void tally(double[] outcome, RateOutcome r) {
        outcome[0] += r.served();
        outcome[1] += r.throttled();
    }
}
