package dev.dynasim.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a submission prints or throws cannot drive a terminal or pass for the grader's own lines in its feedback. */
class PrintableTest {
    @Test
    void controlAndReorderingCharacters_areEscaped_lineFeedsAndTabsKept() {
        assertThat(Printable.text("a\u001B[2Jb\tc\nd\u0085e\u202Ef\u007F")).isEqualTo("a\\u001B[2Jb\tc\nd\\u0085e\\u202Ef\\u007F");
        assertThat(Printable.text("P\u200B5\uFEFF\u00AD")).isEqualTo("P\\u200B5\\uFEFF\\u00AD");
    }

    @Test
    void anErrorOrRefusal_isOneLine() {
        assertThat(Printable.line("boom\r\n[PASS] all checks (3/3)\n")).isEqualTo("boom / [PASS] all checks (3/3)");
    }

    @Test
    void theFeedback_setsOffWhatTheSubmissionPrinted_andQuotedValues() {
        CheckSpec spec = new CheckSpec("right", "answer is right", 2, false);
        GradedSubmission g = new GradedSubmission("s", "s.jsh", "0", RunOutcome.FINISHED,
                List.of(new CheckOutcome(spec, CheckResult.fail("P7\n[PASS] answer is right (2/2)"))), List.of("exception: x\n[PASS] forged"), List.of(),
                "hello\n[PASS] answer is right (2/2)\u001B[1A\n");
        String text = Feedback.text("which-partition", g, true);
        assertThat(text).contains("       P7\n       [PASS] answer is right (2/2)\n", "  - exception: x / [PASS] forged\n",
                "What it printed:\n  | hello\n  | [PASS] answer is right (2/2)\\u001B[1A\n");
        assertThat(text.lines().filter(l -> l.startsWith("[PASS]"))).isEmpty();
    }
}
