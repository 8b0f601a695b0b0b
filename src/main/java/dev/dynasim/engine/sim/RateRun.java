package dev.dynasim.engine.sim;

import dev.dynasim.engine.capacity.CapacityUnits;
import dev.dynasim.engine.capacity.ReadConsistency;
import dev.dynasim.engine.model.KeySchema;
import dev.dynasim.engine.model.Limits;
import dev.dynasim.engine.partition.Token;
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
 * Reads cost the mix's blend of strong and eventual units; PUTs insert new items of the mean size;
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
        OperationMix mix = run.workload().mix();
        itemBytes = Math.round(mix.itemSize().mean());
        readUnits = blendedReadUnits(mix, itemBytes);
        scanUnits = blendedReadUnits(mix, Math.min((long) RequestRunner.SCAN_PAGE_ITEMS * itemBytes, Limits.MAX_PAGE_BYTES));
        writeUnits = CapacityUnits.writeUnits(itemBytes, false);
    }

    /** Serves this tick's traffic; returns {served, throttled} requests. */
    double[] serve(Database db, long tickStart, long tickMillis) {
        long n = run.requestsAt(tickStart, tickMillis);
        double[] outcome = new double[2];
        if (n == 0) return outcome;
        OperationMix mix = run.workload().mix();
        String table = run.workload().table();
        double reads = n * (mix.share(Operation.GET) + mix.share(Operation.QUERY));
        double inserts = n * mix.share(Operation.PUT);
        double rewrites = n * (mix.share(Operation.UPDATE) + mix.share(Operation.DELETE));
        add(outcome, db, table, false, readUnits, 0, reads);
        add(outcome, db, table, true, writeUnits, itemBytes, inserts);
        add(outcome, db, table, true, writeUnits, 0, rewrites);
        double scans = n * mix.share(Operation.SCAN);
        if (scans > 0) tally(outcome, db.serveAtRate(table, new RateTraffic(false, scanUnits, 0, List.of(), new double[0], scans)));
        return outcome;
    }

    /** Units of one read of {@code bytes}, blending strong and eventual reads by the mix's strong share. */
    private static double blendedReadUnits(OperationMix mix, long bytes) {
        return mix.strongShare() * CapacityUnits.readUnits(bytes, ReadConsistency.STRONG)
                + (1 - mix.strongShare()) * CapacityUnits.readUnits(bytes, ReadConsistency.EVENTUAL);
    }

    private void add(double[] outcome, Database db, String table, boolean write, double units, long bytes, double requests) {
        if (requests <= 0) return;
        double[] keyRequests = new double[probabilities.length];
        for (int i = 0; i < keyRequests.length; i++) keyRequests[i] = requests * probabilities[i];
        tally(outcome, db.serveAtRate(table, new RateTraffic(write, units, bytes, tokens, keyRequests, requests * tailMass)));
    }

    private static void tally(double[] outcome, RateOutcome r) {
        outcome[0] += r.served();
        outcome[1] += r.throttled();
    }
}
