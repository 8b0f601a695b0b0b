package dev.dynasim.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notebook file is read as nbformat 4 or refused with one line saying why, and written atomically. */
class NotebookFileTest {
    @TempDir
    Path dir;

    @Test
    void notJson_isRefusedWithWhereItBreaks() {
        assertThatThrownBy(() -> NotebookFile.parse("{\"cells\": [", "a.ipynb")).isInstanceOf(NotebookException.class)
                .hasMessage("a.ipynb is not valid JSON: Unexpected end-of-input: expected close marker for Array (start marker at"
                        + " line 1, column 11) (line 1, column 12)");
        assertThatThrownBy(() -> NotebookFile.parse("{} {}", "a.ipynb")).isInstanceOf(NotebookException.class)
                .hasMessageStartingWith("a.ipynb is not valid JSON: Trailing token");
    }

    @Test
    void notNbformat4_isRefusedSayingWhy() {
        assertThat(message("[]")).isEqualTo("a.ipynb is not an nbformat 4 notebook: it is not a JSON object");
        assertThat(message("{\"nbformat\": 3, \"cells\": []}")).isEqualTo("a.ipynb is not an nbformat 4 notebook: its \"nbformat\" is 3, not 4");
        assertThat(message("{\"cells\": []}")).isEqualTo("a.ipynb is not an nbformat 4 notebook: its \"nbformat\" is missing, not 4");
        assertThat(message("{\"nbformat\": 4}")).isEqualTo("a.ipynb is not an nbformat 4 notebook: it has no \"cells\" list");
        assertThat(message("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"python\", \"source\": \"\"}]}"))
                .isEqualTo("a.ipynb is not an nbformat 4 notebook: cell 1 has cell_type \"python\", not code, markdown or raw");
        assertThat(message("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": [1]}]}"))
                .isEqualTo("a.ipynb is not an nbformat 4 notebook: cell 1's \"source\" is not text or a list of lines");
        assertThat(message("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": {}}]}"))
                .isEqualTo("a.ipynb is not an nbformat 4 notebook: cell 1's \"outputs\" is not a list");
    }

    @Test
    void read_missingFile_isRefused() {
        Path missing = dir.resolve("none.ipynb");
        assertThatThrownBy(() -> NotebookFile.read(missing)).isInstanceOf(NotebookException.class).hasMessage("no notebook at " + missing);
    }

    @Test
    void write_replacesTheFileWhole_andLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("n.ipynb");
        Files.writeString(file, "old");
        NotebookFile.write(file, "{\"nbformat\": 4}\n");
        assertThat(Files.readString(file)).isEqualTo("{\"nbformat\": 4}\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("n.ipynb");
        }
    }

    @Test
    void format_indentsByOneSpace_andEndsInALineBreak() {
        assertThat(NotebookFile.format(NotebookFile.parse("{\"cells\":[],\"nbformat\":4,\"metadata\":{\"a\":[\"x\"]}}", "a")))
                .isEqualTo("{\n \"cells\" : [ ],\n \"nbformat\" : 4,\n \"metadata\" : {\n  \"a\" : [ \"x\" ]\n }\n}\n");
    }

    private static String message(String text) {
        try {
            NotebookFile.parse(text, "a.ipynb");
            return "accepted";
        } catch (NotebookException e) {
            return e.getMessage();
        }
    }
}
