package dev.dynasim.notebook;

/**
 * Notebook text with each chart's PNG left out, for tests: charts are checked on their data (their
 * captions, the text around them) and their size, not their pixels, which depend on the fonts.
 */
public final class WithoutImages {
    private WithoutImages() {
    }

    /** {@code notebook} with every base64 {@code image/png} replaced by a placeholder. */
    public static String of(String notebook) {
        return notebook.replaceAll("\"image/png\" : \"[A-Za-z0-9+/=]*\"", "\"image/png\" : \"(a PNG)\"");
    }
}
