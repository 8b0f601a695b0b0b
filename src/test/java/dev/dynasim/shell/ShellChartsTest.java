package dev.dynasim.shell;

import static dev.dynasim.shell.Shell.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynasim.engine.model.ScalarType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One call saves a chart of the running JShell simulation; bad ids and empty sessions are usage errors, not stack traces. */
class ShellChartsTest {
    @BeforeEach
    void fresh() {
        reset();
    }

    @Test
    void chart_savesAPngOfTheSessionSoFar_atTheScaleAsked() throws IOException {
        var music = createTable("Music", partitionKey("Artist", ScalarType.S));
        music.put(item("Artist", "Arturo"));
        step();
        Text saved = chart("partition-splits", 2);
        Path file = Path.of("target", "charts", "shell-partition-splits.png");
        assertThat(saved.toString()).startsWith("Saved " + file + "\nPartitions over time in shell: 0 splits.");
        BufferedImage image = ImageIO.read(Files.newInputStream(file));
        assertThat(image.getWidth()).isEqualTo(2560);
        assertThat(image.getHeight()).isEqualTo(1440);
    }

    @Test
    void anUnknownChart_orNothingToDraw_isAUsageErrorThatSaysWhatToDo() {
        assertThatThrownBy(() -> chart("pie")).isInstanceOf(ShellUsageException.class)
                .hasMessage("no chart called \"pie\"; charts: key-space, partition-splits, partition-heat, throttling, billed-usage, "
                        + "cost-comparison, replication, capacity");
        assertThatThrownBy(() -> chart("partition-splits")).isInstanceOf(ShellUsageException.class)
                .hasMessage("nothing to draw in partition-splits yet: create a table, send it traffic and step() the clock first");
        assertThat(charts().toString()).isEqualTo("Charts of this session (chart(\"id\") saves one under target/charts): key-space, partition-splits, "
                + "partition-heat, throttling, billed-usage, cost-comparison, replication, capacity");
    }
}
