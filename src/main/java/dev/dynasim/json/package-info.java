/**
 * JSON files of the simulator, read and written with Jackson: scenario files (with messages that
 * name the bad field) and the scenario summary written by {@code simulate --summary-json}.
 */
package dev.dynasim.json;
