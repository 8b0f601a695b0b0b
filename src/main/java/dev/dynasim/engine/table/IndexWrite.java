package dev.dynasim.engine.table;

/** The write units one table write cost one secondary index (F2.14). */
record IndexWrite(String indexName, boolean global, double units) {
}
