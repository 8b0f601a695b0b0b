package dev.dynasim.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A child process that starts in another folder still finds dynasim: the class path it gets is absolute (java -jar target/dynasim.jar gives a relative one). */
class ClassPathTest {
    @Test
    void relativeEntries_becomeAbsolute_andBlankOnesAreDropped() {
        String before = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", "target/dynasim.jar" + File.pathSeparator + File.pathSeparator + "/opt/lib/x.jar");
            assertThat(ClassPath.entries()).containsExactly(Path.of("target/dynasim.jar").toAbsolutePath().toString(), "/opt/lib/x.jar");
            assertThat(ClassPath.joined()).isEqualTo(Path.of("target/dynasim.jar").toAbsolutePath() + File.pathSeparator + "/opt/lib/x.jar");
        } finally {
            System.setProperty("java.class.path", before);
        }
    }
}
