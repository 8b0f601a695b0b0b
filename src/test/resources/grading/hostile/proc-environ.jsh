// expect FINISHED 1 reading /proc/self/environ, outside the submission's folder
var environment = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/environ"));
