// expect TAMPERED 0 the submission's class Lingering declares finalize(), which the JVM runs on a thread of its own
int answer = users.whereIs("carol").partition().id().number();
class Lingering {
    @Override
    protected void finalize() throws Throwable {
        while (true) { try { users.put(item("UserId", "ghost")); } catch (Throwable ignored) { } }
    }
}
for (int i = 0; i < 1_000; i++) new Lingering();
System.gc();
