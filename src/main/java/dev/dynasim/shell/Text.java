package dev.dynasim.shell;

/** Text the shell shows as is: JShell prints it with its line breaks, not as a quoted string. */
public record Text(String value) {
    @Override
    public String toString() {
        return value;
    }
}
