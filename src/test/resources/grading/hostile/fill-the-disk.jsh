// expect FINISHED 1 writing files (junk-0.bin)
var block = new byte[1 << 20];
for (int i = 0; i < 100_000; i++) java.nio.file.Files.write(java.nio.file.Path.of("junk-" + i + ".bin"), block);
