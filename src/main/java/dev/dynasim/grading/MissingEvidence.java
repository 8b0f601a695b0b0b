package dev.dynasim.grading;

/** Thrown by {@link Submission}'s readers when what a check needs is not there; the check then fails with this message. */
public final class MissingEvidence extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is missing, in words for the student. */
    public MissingEvidence(String message) {
        super(message, null, false, false);
    }
}
