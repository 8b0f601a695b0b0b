package dev.dynasim.chart;

import java.util.List;

/** The course set's {@code index.html}: every chart with its caption, grouped by run. */
final class IndexPage {
    private IndexPage() {
    }

    /** The page for the charts written, in order. */
    static String html(List<CourseCharts.Written> written) {
        StringBuilder sb = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>dynasim course charts</title>
                <style>
                body { font-family: "DejaVu Sans", sans-serif; max-width: 1320px; margin: 2em auto; color: #111; }
                figure { margin: 0 0 2.5em 0; }
                img { width: 100%; height: auto; border: 1px solid #ccc; }
                figcaption { margin-top: 0.4em; font-size: 1.05em; }
                </style>
                </head>
                <body>
                <h1>dynasim course charts</h1>
                <p>Drawn from simulation traces by <code>./dynasim charts</code>; the data behind every figure is in
                <a href="charts.json">charts.json</a>.</p>
                """);
        String run = null;
        for (CourseCharts.Written w : written) {
            if (!w.prefix().equals(run)) { // a heading per run, two runs of one scenario apart
                run = w.prefix();
                sb.append("<h2>").append(escape(w.scenario())).append("</h2>\n");
            }
            sb.append("<figure id=\"").append(escape(w.prefix() + "-" + w.chart())).append("\">\n")
                    .append("<img src=\"").append(escape(w.file())).append("\" alt=\"").append(escape(w.caption())).append("\">\n")
                    .append("<figcaption>").append(escape(w.caption())).append("</figcaption>\n</figure>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
