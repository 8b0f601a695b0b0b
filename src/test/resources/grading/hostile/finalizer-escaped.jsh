// expect TAMPERED 0 the submission's anonymous class declares finalize(), which the JVM runs on a thread of its own
int answer = users.whereIs("carol").partition().id().number();
Object o = new Object() { protected void fin\u0061lize() { while (true) { } } };
