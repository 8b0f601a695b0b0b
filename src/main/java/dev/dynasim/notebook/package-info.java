/**
 * The workbook: Jupyter notebooks (nbformat 4.5, a Java kernelspec) generated from the lessons and
 * run through JShell by the same runner as {@code ./dynasim notebook run} (outputs, Jupyter errors,
 * charts inline), so that the workbook reads with its results on GitHub and in Jupyter and never
 * drifts from the lessons; and the students' copies, without the solutions.
 */
package dev.dynasim.notebook;
