// expect FINISHED 1 writing ../escaped.txt, outside the submission's folder
java.nio.file.Files.writeString(java.nio.file.Path.of("../escaped.txt"), "out of the sandbox");
