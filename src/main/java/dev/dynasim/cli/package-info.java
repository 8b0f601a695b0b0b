/**
 * The {@code dynasim} command line: picocli commands that parse their arguments, call the
 * engine or an outer package, and print. Commands stay thin; errors reach the user as messages,
 * never as stack traces.
 */
package dev.dynasim.cli;
