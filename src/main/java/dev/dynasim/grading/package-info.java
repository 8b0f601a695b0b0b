/**
 * The grader: graded exercises (checks with points, some hidden, written as Java methods over the
 * evidence a submission leaves), each submission run in its own sandboxed Java process with limits on
 * time, memory, output and threads, the evidence read back through JShell and checked in the grader,
 * and the results written per submission (Gradescope's results.json, readable feedback) and for the
 * class (CSV, JSON, a score distribution chart), resumably and deterministically.
 */
package dev.dynasim.grading;
