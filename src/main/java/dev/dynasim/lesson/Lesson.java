package dev.dynasim.lesson;

import java.util.List;

/**
 * One lesson: its number, title, minutes, sources, the set-up code run before the first step, and its
 * parts (steps and exercises) in order.
 */
public record Lesson(int number, String title, int minutes, List<String> sources, String setup, List<Part> parts) {
    /** Checks and copies the fields. */
    public Lesson {
        if (number < 1) throw new IllegalArgumentException("a lesson's number is at least 1");
        sources = List.copyOf(sources);
        parts = List.copyOf(parts);
    }

    /** A part of a lesson: a step or an exercise. */
    public sealed interface Part permits Step, Exercise {
        /** The heading shown for the part. */
        String title();
    }

    /** A step: its narration, and its code, shown and run when the student asks. */
    public record Step(String title, String narration, String code) implements Part {
    }

    /**
     * An exercise: its id, statement, hints, reference solution, a typical wrong answer, the check
     * expression, the code that defines the check (run silently when the exercise begins), and the
     * starter code a student's copy shows in place of the solution (empty when there is none).
     */
    public record Exercise(String id, String statement, List<String> hints, String solution, String wrong, String check, String code,
            String starter) implements Part {
        /** Copies the hints. */
        public Exercise {
            hints = List.copyOf(hints);
        }

        @Override
        public String title() {
            return "Exercise: " + id;
        }
    }

    /** The exercises, in order. */
    public List<Exercise> exercises() {
        return parts.stream().filter(Exercise.class::isInstance).map(Exercise.class::cast).toList();
    }
}
