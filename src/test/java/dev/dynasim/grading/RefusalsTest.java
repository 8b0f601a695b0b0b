package dev.dynasim.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sandbox's refusals as feedback shows them: the first of each kind with a count, bounded, and the exercise's own forgotten. */
class RefusalsTest {
    @Test
    void manyRefusalsOfOneKind_cannotHideALaterRefusalOfAnother() {
        Refusals r = new Refusals();
        for (int i = 0; i < 500; i++) r.add("file read", "reading /etc/f" + i + ", outside the submission's folder");
        r.add("exit", "System.exit(0)");
        assertThat(r.lines()).containsExactly("reading /etc/f0, outside the submission's folder (and 499 more like it)", "System.exit(0)");
    }

    @Test
    void aLongRefusal_isCutTo200Characters() {
        Refusals r = new Refusals();
        r.add("file read", "reading /" + "x".repeat(1_000));
        assertThat(r.lines()).singleElement().asString().hasSize(200).endsWith("...");
    }

    @Test
    void kindsBeyondTwenty_areCountedTogether() {
        Refusals r = new Refusals();
        for (int i = 0; i < 25; i++) r.add("kind" + i, "refusal " + i);
        assertThat(r.lines()).hasSize(21).endsWith("5 refusals of other kinds");
    }

    @Test
    void fileNetworkExitAndThreadRefusals_areKeptBeyondTwentyKinds() {
        Refusals r = new Refusals();
        for (int i = 0; i < 25; i++) r.add("runtime x" + i, "using RuntimePermission x" + i);
        r.add("file read", "reading /etc/passwd, outside the submission's folder");
        r.add("file execute", "starting a program (/bin/ls)");
        r.add("network", "opening a network connection (example.com:80)");
        assertThat(r.lines()).hasSize(24).endsWith("reading /etc/passwd, outside the submission's folder", "starting a program (/bin/ls)",
                "opening a network connection (example.com:80)", "5 refusals of other kinds");
    }

    @Test
    void clear_forgetsTheExercisesOwnRefusals() {
        Refusals r = new Refusals();
        r.add("file read", "reading /etc/hostname, outside the submission's folder");
        r.clear();
        r.add("exit", "System.exit(1)");
        assertThat(r.lines()).containsExactly("System.exit(1)");
    }
}
