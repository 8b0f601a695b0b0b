// expect FINISHED 1 replacing System.out, System.err or System.in
System.setOut(new java.io.PrintStream(new java.io.ByteArrayOutputStream()));
