// expect FINISHED 1 reaching all the system properties at once (System.getProperties)
var all = System.getProperties();
int answer = 0;
