package dev.dynasim.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A student's copy: solution regions become the exercise's starter code (or YOUR CODE HERE),
 * hidden checks and hidden-check cells go, the exercises' outputs are cleared, the rest is untouched.
 */
class StudentCopyTest {
    private static final String NOTEBOOK = """
            {"cells": [
             {"cell_type": "markdown", "id": "intro", "metadata": {}, "source": ["# Intro\\n", "// BEGIN SOLUTION stays in Markdown"]},
             {"cell_type": "code", "execution_count": 1, "id": "step", "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["x ==> 1\\n"]}],
              "source": ["int x = 1;"]},
             {"cell_type": "code", "execution_count": 2, "id": "answer", "metadata": {"dynasim": {"exercise": "which", "role": "answer"}},
              "outputs": [{"name": "stdout", "output_type": "stream", "text": ["answer ==> 3\\n"]}],
              "source": ["// BEGIN SOLUTION\\n", "int answer = 3;\\n", "// END SOLUTION"]},
             {"cell_type": "code", "execution_count": 3, "id": "check", "metadata": {"dynasim": {"exercise": "which", "role": "check"}},
              "outputs": [{"name": "stdout", "output_type": "stream", "text": ["$1 ==> PASSED\\n"]}],
              "source": ["Check c() { return Check.pass(\\"which\\", \\"ok\\"); }\\n", "// BEGIN HIDDEN CHECKS\\n", "assert answer == 3;\\n",
                         "// END HIDDEN CHECKS\\n", "c()"]},
             {"cell_type": "code", "execution_count": 4, "id": "hidden", "metadata": {"dynasim": {"exercise": "which", "role": "hidden-check"}},
              "outputs": [], "source": ["c()"]},
             {"cell_type": "code", "execution_count": 5, "id": "loose", "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["y\\n"]}],
              "source": "void f() {\\n    // BEGIN SOLUTION\\n    g();\\n    h();\\n    // END SOLUTION\\n}\\n"}
            ], "metadata": {"kernelspec": {"name": "java"}}, "nbformat": 4, "nbformat_minor": 5}
            """;

    @Test
    void studentCopy_replacesSolutionsRemovesHiddenChecksAndClearsTheExercisesOutputs() {
        ObjectNode teacher = NotebookFile.parse(NOTEBOOK, "t.ipynb");
        String before = NotebookFile.format(teacher);
        ObjectNode student = StudentCopy.of(teacher, Map.of("which", "int answer = -1; // the partition's number"), "t.ipynb");
        assertThat(NotebookFile.format(teacher)).as("the teacher's notebook is left as it is").isEqualTo(before);
        assertThat(student.toString()).isEqualTo(NotebookFile.parse("""
                {"cells": [
                 {"cell_type": "markdown", "id": "intro", "metadata": {}, "source": ["# Intro\\n", "// BEGIN SOLUTION stays in Markdown"]},
                 {"cell_type": "code", "execution_count": 1, "id": "step", "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["x ==> 1\\n"]}],
                  "source": ["int x = 1;"]},
                 {"cell_type": "code", "execution_count": null, "id": "answer", "metadata": {"dynasim": {"exercise": "which", "role": "answer"}},
                  "outputs": [], "source": ["int answer = -1; // the partition's number"]},
                 {"cell_type": "code", "execution_count": null, "id": "check", "metadata": {"dynasim": {"exercise": "which", "role": "check"}},
                  "outputs": [], "source": ["Check c() { return Check.pass(\\"which\\", \\"ok\\"); }\\n", "c()"]},
                 {"cell_type": "code", "execution_count": null, "id": "loose", "metadata": {}, "outputs": [],
                  "source": ["void f() {\\n", "    // YOUR CODE HERE\\n", "}\\n"]}
                ], "metadata": {"kernelspec": {"name": "java"}}, "nbformat": 4, "nbformat_minor": 5}
                """, "expected").toString());
    }

    @Test
    void anUnclosedSolution_isAnErrorNamingTheCell() {
        ObjectNode nb = NotebookFile.parse("""
                {"cells": [{"cell_type": "code", "id": "a1", "metadata": {}, "outputs": [], "source": "// BEGIN SOLUTION\\nint a = 1;"}],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "t.ipynb");
        assertThatThrownBy(() -> StudentCopy.of(nb, Map.of(), "t.ipynb")).isInstanceOf(NotebookException.class)
                .hasMessage("t.ipynb, cell a1: \"// BEGIN SOLUTION\" without \"// END SOLUTION\" after it");
    }
}
