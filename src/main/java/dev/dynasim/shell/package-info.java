/**
 * The Java API students use from JShell: short, discoverable calls over one simulated
 * database ({@code createTable}, {@code put}, {@code get}, {@code query}, {@code help()},
 * {@code showTables()}), plain Java values in and readable text tables out.
 */
package dev.dynasim.shell;
