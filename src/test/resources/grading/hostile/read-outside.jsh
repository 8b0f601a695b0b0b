// expect FINISHED 1 reading /etc/hostname, outside the submission's folder
var secret = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname"));
