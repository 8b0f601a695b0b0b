/**
 * The trace of a simulation: sealed, immutable event records, per-tick metrics declared once,
 * and their deterministic JSON Lines export (documented field by field in docs/trace.md).
 */
package dev.dynasim.engine.trace;
