package dev.dynasim.engine.sim;

import dev.dynasim.engine.billing.AutoScalingPolicy;
import dev.dynasim.engine.model.BillingMode;
import dev.dynasim.engine.model.DynamoDbException;
import dev.dynasim.engine.table.Database;
import dev.dynasim.engine.table.UpdateTableRequest;
import dev.dynasim.engine.trace.ScalingActivity;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Auto scaling (target tracking, P13-P15) of a database's provisioned tables, driven tick by tick by
 * whoever drives the clock (a simulation, the JSON API): each tick's consumption feeds the trackers,
 * and the UpdateTable changes they decide are applied through {@code update} when due, every decision,
 * change and refusal reported to {@code activities}.
 */
public final class AutoScaling {
    private final Database database;
    private final Consumer<UpdateTableRequest> update;
    private final Consumer<ScalingActivity> activities;
    private final Map<String, AutoScaler> scalers = new TreeMap<>();

    /** Auto scaling of {@code database}'s tables, changing them with {@code update} and reporting to {@code activities}. */
    public AutoScaling(Database database, Consumer<UpdateTableRequest> update, Consumer<ScalingActivity> activities) {
        this.database = database;
        this.update = update;
        this.activities = activities;
    }

    /**
     * Turns on auto scaling of a provisioned table's reads and writes (a null policy leaves that
     * dimension alone), replacing any it had; a ValidationException for an on-demand table.
     */
    public void put(String table, AutoScalingPolicy read, AutoScalingPolicy write) {
        if (database.spec(table).billingMode() != BillingMode.PROVISIONED) {
            throw DynamoDbException.validation("auto scaling needs a PROVISIONED table; " + table + " is on demand (PAY_PER_REQUEST)");
        }
        scalers.put(table, new AutoScaler(table, database.incarnation(table), read, write));
    }

    /** At the end of the tick [start, end): applies the changes that are due, then feeds each table's trackers. */
    public void tick(long start, long end) {
        // a table deleted (and perhaps created again) took its policy with it
        scalers.values().removeIf(s -> !database.tableNames().contains(s.table()) || database.incarnation(s.table()) != s.incarnation());
        for (Map.Entry<String, AutoScaler> e : scalers.entrySet()) e.getValue().tick(update, database, activities, start, end);
    }
}
