// expect FINISHED 1 incompatible types: java.lang.String cannot be converted to int
int answer = "five";
