package dev.dynasim.grading;

/**
 * The limits a submission runs under: the wall-clock time its own code may take (the exercise's
 * context has its own allowance), the heap of its process, and how much of its output is kept.
 */
public record Limits(long timeMillis, int heapMegabytes, int outputBytes) {
    /** 20 s, 256 MB, 16 KB: generous for the course's exercises, small enough to grade a class on two cores. */
    public static final Limits DEFAULT = new Limits(20_000, 256, 16_384);
    /** How long the exercise's context (a lesson's code up to the exercise) may take. */
    public static final long CONTEXT_MILLIS = 120_000;

    /** Checks the fields. */
    public Limits {
        if (timeMillis < 1_000) throw new IllegalArgumentException("the time limit is at least 1 s");
        if (heapMegabytes < 64) throw new IllegalArgumentException("the memory limit is at least 64 MB");
        if (outputBytes < 1_024) throw new IllegalArgumentException("the output limit is at least 1 KB");
    }
}
