// expect TAMPERED 0 running that would not stop (catching the grader's stop)
int answer = users.whereIs("carol").partition().id().number();
int[] counter = {0};
Thread t = new Thread(() -> { while (true) { try { Thread.sleep(1); counter[0]++; } catch (Throwable ignored) { } } });
t.setDaemon(true);
t.start();
