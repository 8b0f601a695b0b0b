// expect FINISHED 1 starting more than 32 threads
for (int i = 0; i < 1000; i++) new Thread(() -> { try { Thread.sleep(60_000); } catch (InterruptedException e) { } }).start();
