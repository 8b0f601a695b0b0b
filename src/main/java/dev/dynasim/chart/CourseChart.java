package dev.dynasim.chart;

import org.jfree.chart.JFreeChart;

/**
 * One kind of course chart: a pure transform from a run to its dataset (a record, written to the
 * course set's JSON so the figure can be re-plotted elsewhere), and a drawing of that dataset.
 *
 * @param <D> the dataset record
 */
public interface CourseChart<D> {
    /** A short file-name-safe id, e.g. {@code partition-splits}. */
    String id();

    /** A caption for the course set's index: what the figure shows and what to notice. */
    String caption(D data);

    /** The dataset of this chart for a run, or null when the run has nothing to show in it. */
    D data(ChartInput run);

    /**
     * The chart of a dataset, in the course theme: build the plot, pass the chart through
     * {@link ChartTheme#apply}, then set any series-specific paint or shape (the theme resets them).
     */
    JFreeChart draw(D data);
}
