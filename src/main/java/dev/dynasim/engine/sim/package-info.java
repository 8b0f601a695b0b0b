/**
 * The simulation: the simulated clock, the named random streams derived from one seed, and the
 * step loop that drives workloads through the engine and writes the trace.
 */
package dev.dynasim.engine.sim;
