// expect FINISHED 1 opening a network connection
new java.net.Socket("127.0.0.1", 9);
