/**
 * Workload generators: key distributions with exact heavy hitters, rate shapes over simulated
 * time, operation mixes, and workloads that turn them into per-tick request counts (rate level)
 * and request descriptions (item level), each drawing from its own named random stream.
 */
package dev.dynasim.engine.workload;
