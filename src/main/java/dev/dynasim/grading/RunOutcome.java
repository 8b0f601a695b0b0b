package dev.dynasim.grading;

/** How a submission's run ended, as the grader tells the student. */
public enum RunOutcome {
    /** Its code ran to the end (errors in single snippets included). */
    FINISHED,
    /** It called System.exit: the rest of it did not run. */
    EXIT_CALLED,
    /** It was still running at the time limit and was stopped. */
    TIMED_OUT,
    /** It ran out of memory and its process ended. */
    OUT_OF_MEMORY,
    /** Its process ended (a crash, or the grader's connection was broken). */
    PROCESS_ENDED,
    /** It interfered with the grader: redefined a name the grader reads, declared finalize(), left threads that would not stop. */
    TAMPERED,
    /** It could not be read (not Java, no answer cell, too big). */
    UNREADABLE,
    /** The exercise's own code failed: the grader's fault, not the student's. */
    GRADER_ERROR;

    /** Whether the grader could read the submission's evidence afterwards. */
    public boolean evidenceRead() {
        return this == FINISHED || this == EXIT_CALLED;
    }
}
