// expect FINISHED 1 reading /proc/self/root/etc/passwd, outside the submission's folder
var passwd = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/root/etc/passwd"));
