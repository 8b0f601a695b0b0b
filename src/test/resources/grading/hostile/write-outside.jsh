// expect FINISHED 1 writing files (../escaped.txt)
java.nio.file.Files.writeString(java.nio.file.Path.of("../escaped.txt"), "out of the sandbox");
