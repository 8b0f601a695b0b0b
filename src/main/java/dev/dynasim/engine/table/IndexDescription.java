package dev.dynasim.engine.table;

import dev.dynasim.engine.model.IndexSpec;

/** A secondary index as DescribeTable describes it: its spec, status, size, item count and ARN. */
public record IndexDescription(IndexSpec spec, String indexStatus, long indexSizeBytes, long itemCount, String indexArn) {
}
