/**
 * JMH benchmarks of the engine's Java API, one operation per class, single-threaded. Run them
 * with {@code mvn -B -Pbench test}; BENCHMARKS.md records targets and measurements.
 */
package dev.dynasim.bench;
