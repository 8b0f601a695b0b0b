// expect FINISHED 1 starting a program
new ProcessBuilder("sh", "-c", "echo pwned > pwned.txt").start();
