package dev.dynasim.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bracket depth, as the grader measures it to refuse compiler bombs: brackets in literals and comments do not count. */
class NestingTest {
    @Test
    void depth_countsNestedBrackets() {
        assertThat(Nesting.depth("int a = f((1 + 2) * g(new int[] {3}));")).isEqualTo(3);
        assertThat(Nesting.depth("(".repeat(500) + "1" + ")".repeat(500))).isEqualTo(500);
    }

    @Test
    void depth_ignoresLiteralsAndComments() {
        assertThat(Nesting.depth("String s = \"((((\"; char c = '('; // ((((\n/* [[[[ */ int x = (1);")).isEqualTo(1);
        assertThat(Nesting.depth("String t = \"\"\"\n  (((( \\\" \n  \"\"\"; f(t)")).isEqualTo(1);
    }
}
