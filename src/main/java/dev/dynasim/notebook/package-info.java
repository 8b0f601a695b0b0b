/**
 * The workbook: Jupyter notebooks (nbformat 4.5, a Java kernelspec) generated from the lessons, with
 * the outputs of running each cell, so that the workbook reads with its results on GitHub and in
 * Jupyter and never drifts from the lessons.
 */
package dev.dynasim.notebook;
