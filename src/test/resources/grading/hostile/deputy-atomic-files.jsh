// expect FINISHED 1 is not allowed while grading
for (int i = 0; i < 3; i++) dev.dynasim.lesson.AtomicFiles.writeString(java.nio.file.Path.of("f" + i + ".txt"), "x".repeat(1_000_000));
