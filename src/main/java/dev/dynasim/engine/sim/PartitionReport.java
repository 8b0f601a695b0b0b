package dev.dynasim.engine.sim;

/**
 * One live partition at the end of a scenario: its id, key range (start inclusive and end
 * exclusive, 32 hex digits; "2^128" for the top of the space) and share of the key space, the
 * throughput allocated to it, its stored bytes, and what it consumed over the run (units summed
 * over ticks, the peak units per second in one tick, requests served and throttled).
 */
public record PartitionReport(long id, String rangeStart, String rangeEnd, double keySpaceShare,
                              double allocatedReadUnits, double allocatedWriteUnits, long storedBytes,
                              double consumedReadUnits, double consumedWriteUnits, double peakReadUnitsPerSecond,
                              double peakWriteUnitsPerSecond, long servedRequests, long throttledRequests) {
}
