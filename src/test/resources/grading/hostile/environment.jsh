// expect FINISHED 1 reading the environment variable HOME
var home = System.getenv("HOME");
