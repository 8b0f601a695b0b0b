// expect FINISHED 1 StackOverflowError
int down(int n) { return down(n + 1) + 1; }
int answer = down(0);
