/**
 * The simulation: the simulated clock, the named random streams derived from one seed, and the
 * step loop that drives workloads through the engine and writes the trace; scenarios (tables,
 * workloads and scheduled events as values) and the runner that plays them and reports.
 */
package dev.dynasim.engine.sim;
