// expect FINISHED 1 answer should be a whole number, but is "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..."
String answer = "x".repeat(1_000_000);
