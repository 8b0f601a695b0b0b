package dev.dynasim.lesson;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What code prints, kept up to a limit and counted beyond it, so a print loop cannot fill the memory of the process reading it. */
public final class CappedOutput extends OutputStream {
    private final int limitBytes;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    /** What was printed since it was last taken: the text kept, and how many bytes beyond the limit were not. */
    public record Taken(String text, long droppedBytes) {
    }

    /** Keeps at most {@code limitBytes} between two {@link #take}s. */
    public CappedOutput(int limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** A UTF-8 print stream, flushed on each line, that writes here. */
    public PrintStream printStream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.max(0, limitBytes - kept.size());
        kept.write(b, off, Math.min(room, len));
        dropped += Math.max(0, len - room);
    }

    /** What was printed since the last take, and starts counting again. */
    public synchronized Taken take() {
        Taken t = new Taken(kept.toString(StandardCharsets.UTF_8), dropped);
        kept.reset();
        dropped = 0;
        return t;
    }
}
