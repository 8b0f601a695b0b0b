package dev.dynasim.engine.table;

import dev.dynasim.engine.model.IndexSpec;

/**
 * A secondary index as DescribeTable describes it: its spec, status, size, item count, ARN and, for a
 * GSI, the decreases of its own provisioned throughput made today (P12; 0 for an LSI).
 */
public record IndexDescription(IndexSpec spec, String indexStatus, long indexSizeBytes, long itemCount, String indexArn,
                               int numberOfDecreasesToday) {

    /** An index with no decreases made today. */
    public IndexDescription(IndexSpec spec, String indexStatus, long indexSizeBytes, long itemCount, String indexArn) {
        this(spec, indexStatus, indexSizeBytes, itemCount, indexArn, 0);
    }
}
