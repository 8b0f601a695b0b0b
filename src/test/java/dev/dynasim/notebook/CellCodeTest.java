package dev.dynasim.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A code cell's source splits into its magics (%jars understood, others named) and its Java. */
class CellCodeTest {
    @Test
    void jarsLines_giveTheirPaths_andAreRemovedFromTheJava() {
        assertThat(CellCode.of("%jars ../target/dynasim.jar lib/a.jar\nint x = 1;\n%jars  b.jar \nx"))
                .isEqualTo(new CellCode("int x = 1;\nx", List.of("../target/dynasim.jar", "lib/a.jar", "b.jar"), List.of()));
    }

    @Test
    void otherLineMagics_areNamed_butAnIndentedRemainderIsJava() {
        assertThat(CellCode.of("%maven org.x:y:1\nint r = 7\n    % 3;\n%time")).isEqualTo(
                new CellCode("int r = 7\n    % 3;", List.of(), List.of("%maven", "%time")));
    }

    @Test
    void aCellMagic_isNamed_andLeavesNoJava() {
        assertThat(CellCode.of("\n%%bash\necho hi")).isEqualTo(new CellCode("", List.of(), List.of("%%bash")));
    }
}
