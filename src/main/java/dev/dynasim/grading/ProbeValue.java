package dev.dynasim.grading;

/** A probe's result: the text of its value, or (when it could not be read) the error, e.g. the variable is not defined. */
public record ProbeValue(String name, String text, String error) {
    /** Whether the value was read. */
    public boolean ok() {
        return error == null;
    }

    /** The value's text; {@link MissingEvidence} when it could not be read. */
    public String asText() {
        if (error != null) throw new MissingEvidence(name + " could not be read (" + error + "): define it as the exercise asks");
        return text;
    }

    /** The value as a whole number; {@link MissingEvidence} when it is not one. */
    public long asLong() {
        String t = asText().strip();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new MissingEvidence(name + " should be a whole number, but is \"" + shown(t) + "\"");
        }
    }

    /** The value as a number; {@link MissingEvidence} when it is not one. */
    public double asDouble() {
        String t = asText().strip();
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new MissingEvidence(name + " should be a number, but is \"" + shown(t) + "\"");
        }
    }

    /** A value as quoted in feedback: at most 60 characters of it. */
    private static String shown(String t) {
        String line = Printable.line(t);
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
