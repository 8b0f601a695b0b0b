/**
 * Course charts drawn from the simulation with JFreeChart: each chart is a pure transform from a
 * run's trace (and, for money, its bill values) to a dataset record, then a drawing of that dataset
 * in one theme, rendered headless to PNG at a chosen scale. Depends on the engine's values (trace
 * events, bills), never on live engine objects, the wire protocol or the scenario files.
 */
package dev.dynasim.chart;
