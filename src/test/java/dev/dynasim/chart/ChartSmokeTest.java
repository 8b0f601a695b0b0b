package dev.dynasim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynasim.engine.trace.RequestServed;
import dev.dynasim.engine.trace.TraceEvent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chart type renders headless to a valid PNG of the requested size that is not blank, and the
 * course set writes its index and data; the same run gives byte-identical files.
 */
class ChartSmokeTest {
    @TempDir
    Path dir;

    /** Decodes a PNG and checks its size and that it has more than a handful of colours (text, lines, fills). */
    static void assertChartImage(byte[] png, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a decodable PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < height; y += 3) for (int x = 0; x < width; x += 3) colours.add(image.getRGB(x, y));
        assertThat(colours.size()).as("distinct colours (a blank image has 1)").isGreaterThan(8);
    }

    /** The first fixture run in which {@code chart} has data (the hot-key run, else the az-loss run with what-if outcomes). */
    static ChartInput fixtureFor(CourseChart<?> chart) {
        for (ChartInput run : ChartFixtures.all()) if (chart.data(run) != null) return run;
        return ChartFixtures.run();
    }

    @Test
    void everyChartOfItsFixtureRun_rendersAtScaleOneAndTwo() throws IOException {
        for (CourseChart<?> chart : CourseCharts.ALL) {
            ChartInput run = fixtureFor(chart);
            byte[] one = render(chart, run, 1);
            assertChartImage(one, ChartTheme.WIDTH, ChartTheme.HEIGHT);
            assertChartImage(render(chart, run, 2), 2 * ChartTheme.WIDTH, 2 * ChartTheme.HEIGHT);
        }
    }

    private static <D> byte[] render(CourseChart<D> chart, ChartInput run, double scale) {
        D data = chart.data(run);
        assertThat(data).as(chart.id() + " has data in the fixture run").isNotNull();
        return ChartImages.png(chart.draw(data), scale);
    }

    @Test
    void theCourseSet_writesEveryChart_anIndexAndItsData_deterministically() throws IOException {
        List<CourseCharts.Written> first = CourseCharts.write(ChartFixtures.all(), dir.resolve("a"), 1);
        CourseCharts.write(ChartFixtures.all(), dir.resolve("b"), 1);
        assertThat(first.stream().map(CourseCharts.Written::chart).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(CourseCharts.ALL.stream().map(CourseChart::id).toList());
        for (CourseCharts.Written w : first) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(w.file()))).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(w.file())));
        }
        String index = Files.readString(dir.resolve("a/index.html"));
        for (CourseCharts.Written w : first) assertThat(index).contains("<img src=\"" + w.file() + "\"");
        assertThat(Files.readString(dir.resolve("a/charts.json"))).isEqualTo(Files.readString(dir.resolve("b/charts.json")))
                .contains("\"format\" : \"dynasim-charts/1\"");
    }

    @Test
    void twoRunsOfOneScenario_getTheirOwnFiles_andIndexAndDataNameThem() throws IOException {
        List<TraceEvent> trace = List.of(new RequestServed(1000, "T", null, 0, "GetItem", 7, 3.5, 0, null));
        ChartInput run = new ChartInput("same", 1000, 1000, trace, null, null);
        ChartInput other = new ChartInput("other", 1000, 1000, trace, null, null);
        List<CourseCharts.Written> written = CourseCharts.write(List.of(run, other, run, run), dir.resolve("c"), 1);
        assertThat(written).extracting(CourseCharts.Written::file)
                .containsExactly("same-throttling.png", "other-throttling.png", "same-2-throttling.png", "same-3-throttling.png");
        assertThat(CourseCharts.prefixes(List.of(new ChartInput("a-2", 1000, 0, List.of(), null, null), new ChartInput("a", 1000, 0, List.of(), null, null),
                new ChartInput("a", 1000, 0, List.of(), null, null)))).containsExactly("a-2", "a", "a-3");
        String index = Files.readString(dir.resolve("c/index.html"));
        assertThat(index).contains("<figure id=\"same-2-throttling\">", "<img src=\"same-3-throttling.png\"");
        assertThat(index.split("<h2>same</h2>", -1)).hasSize(4); // a heading per run
        String json = Files.readString(dir.resolve("c/charts.json"));
        assertThat(json).contains("\"file\" : \"same-2-throttling.png\"", "\"file\" : \"same-3-throttling.png\"");
        assertThat(Files.exists(dir.resolve("c/same-3-throttling.png"))).isTrue();
    }
}
