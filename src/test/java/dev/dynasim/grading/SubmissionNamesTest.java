package dev.dynasim.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The folders submissions are filed under: the file's name, its folder's when two share a name, never one given twice. */
class SubmissionNamesTest {
    @Test
    void names_areTheFilesNames_madeSafe() {
        assertThat(SubmissionNames.of(List.of(Path.of("in/alice.jsh"), Path.of("in/bob smith.ipynb"), Path.of("in/.hidden.jsh"))))
                .containsExactly("alice", "bob_smith", "_.hidden");
    }

    @Test
    void names_thatCollide_getTheirFolder_andThenANumber_neverANameGivenBefore() {
        List<String> names = SubmissionNames.of(List.of(Path.of("a/alice.jsh"), Path.of("b/alice.jsh"), Path.of("c/a-alice.jsh"),
                Path.of("x/a-alice-2.jsh")));
        assertThat(names).containsExactly("a-alice", "b-alice", "a-alice-2", "a-alice-2-2");
        assertThat(names).doesNotHaveDuplicates();
    }
}
