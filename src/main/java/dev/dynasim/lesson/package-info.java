/**
 * The guided lessons: lesson files (JShell scripts whose marked comments carry narration, steps and
 * exercises) parsed into steps, run step by step in a JShell session built on the JShell API (a
 * separate Java process, so that a student's {@code System.exit} or endless loop cannot take the
 * runner down), interactively or straight through as a transcript, with each student's progress
 * remembered per lesson.
 */
package dev.dynasim.lesson;
