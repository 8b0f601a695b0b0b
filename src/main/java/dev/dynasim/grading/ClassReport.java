package dev.dynasim.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.dynasim.chart.ChartImages;
import dev.dynasim.chart.ChartTheme;
import dev.dynasim.lesson.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The class's report of a batch: {@code class.csv} (a row per submission: score, outcome, each
 * check's points), {@code class.json} (the same rows with the exercise's checks, the mean, median,
 * lowest and highest score, outcomes and how many passed each check, and the distribution) and
 * {@code scores.png} (the score distribution chart).
 */
public final class ClassReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClassReport() {
    }

    /** Writes the three files into {@code out}; the rows are sorted by name so that the report is the same however the batch ran. */
    public static void write(Grader grader, List<ClassRow> batch, Path out) throws IOException {
        List<ClassRow> rows = new ArrayList<>(batch);
        rows.sort(Comparator.comparing(ClassRow::name));
        GradedExercise exercise = grader.exercise();
        Files.createDirectories(out);
        AtomicFiles.writeString(out.resolve("class.csv"), csv(exercise, rows));
        AtomicFiles.writeString(out.resolve("class.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary(grader, rows)) + "\n");
        AtomicFiles.write(out.resolve("scores.png"), ChartImages.png(chart(exercise, rows), 1));
    }

    static String csv(GradedExercise exercise, List<ClassRow> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().addColumn("submission").addColumn("score").addColumn("max_score").addColumn("outcome");
        for (CheckSpec c : exercise.checks()) schema.addColumn(c.method());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ClassRow r : rows) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("submission", r.name());
            line.put("score", Feedback.points(r.score()));
            line.put("max_score", Feedback.points(r.maxScore()));
            line.put("outcome", r.outcome().name());
            for (int i = 0; i < exercise.checks().size(); i++) {
                line.put(exercise.checks().get(i).method(), i < r.checkScores().size() ? Feedback.points(r.checkScores().get(i)) : "");
            }
            lines.add(line);
        }
        return new CsvMapper().writer(schema.build().withHeader().withLineSeparator("\n")).writeValueAsString(lines);
    }

    static ObjectNode summary(Grader grader, List<ClassRow> rows) {
        GradedExercise exercise = grader.exercise();
        ObjectNode root = JSON.createObjectNode();
        root.put("exercise", exercise.id());
        root.put("title", exercise.title());
        root.put("maxScore", exercise.maxScore());
        root.set("checks", grader.checksJson());
        root.put("submissions", rows.size());
        double[] scores = rows.stream().mapToDouble(ClassRow::score).sorted().toArray();
        if (scores.length > 0) {
            root.put("mean", Math.round(java.util.Arrays.stream(scores).average().orElse(0) * 1000) / 1000.0);
            root.put("median", scores.length % 2 == 1 ? scores[scores.length / 2] : (scores[scores.length / 2 - 1] + scores[scores.length / 2]) / 2);
            root.put("lowest", scores[0]);
            root.put("highest", scores[scores.length - 1]);
        }
        Map<RunOutcome, Integer> outcomes = new EnumMap<>(RunOutcome.class);
        rows.forEach(r -> outcomes.merge(r.outcome(), 1, Integer::sum));
        ObjectNode o = root.putObject("outcomes");
        outcomes.forEach((k, v) -> o.put(k.name(), v));
        ArrayNode passed = root.putArray("passedPerCheck");
        for (int i = 0; i < exercise.checks().size(); i++) {
            int n = i;
            passed.add(rows.stream().filter(r -> n < r.checkScores().size() && r.checkScores().get(n) > 0).count());
        }
        ObjectNode dist = root.putObject("distribution");
        distribution(rows).forEach((score, count) -> dist.put(Feedback.points(score), count));
        ArrayNode list = root.putArray("rows");
        rows.forEach(r -> list.add(r.json()));
        return root;
    }

    /** How many submissions scored each score, from 0 to the most points (every score reached appears). */
    static TreeMap<Double, Integer> distribution(List<ClassRow> rows) {
        TreeMap<Double, Integer> counts = new TreeMap<>();
        if (!rows.isEmpty()) {
            double max = rows.get(0).maxScore();
            for (int p = 0; p <= Math.floor(max); p++) counts.put((double) p, 0);
            counts.put(max, 0);
        }
        rows.forEach(r -> counts.merge(r.score(), 1, Integer::sum));
        return counts;
    }

    private static JFreeChart chart(GradedExercise exercise, List<ClassRow> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        distribution(rows).forEach((score, count) -> data.addValue(count, "submissions", Feedback.points(score)));
        JFreeChart chart = ChartFactory.createBarChart("Scores of " + exercise.id() + " (" + rows.size() + " submissions)",
                "score (of " + Feedback.points(exercise.maxScore()) + ")", "submissions", data, PlotOrientation.VERTICAL, false, false, false);
        ChartTheme.apply(chart);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }
}
