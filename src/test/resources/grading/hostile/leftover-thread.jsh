// expect FINISHED 3 it left 1 thread running; the grader stopped them before reading its results
int answer = users.whereIs("carol").partition().id().number();
new Thread(() -> { while (true) { } }).start();
