// expect OUT_OF_MEMORY 0 ran out of memory (its limit is 128 MB)
var hog = new java.util.ArrayList<long[]>();
while (true) hog.add(new long[1_000_000]);
