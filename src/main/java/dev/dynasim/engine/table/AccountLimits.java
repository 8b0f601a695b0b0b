package dev.dynasim.engine.table;

import dev.dynasim.engine.model.Limits;

/** What DescribeLimits answers: the account's and each table's maximum provisioned read and write capacity units. */
public record AccountLimits(long accountMaxReadCapacityUnits, long accountMaxWriteCapacityUnits,
                            long tableMaxReadCapacityUnits, long tableMaxWriteCapacityUnits) {
    /** The default quotas of an account (see {@link Limits}). */
    public static final AccountLimits DEFAULTS = new AccountLimits(Limits.ACCOUNT_MAX_CAPACITY_UNITS, Limits.ACCOUNT_MAX_CAPACITY_UNITS,
            Limits.TABLE_MAX_CAPACITY_UNITS, Limits.TABLE_MAX_CAPACITY_UNITS);
}
