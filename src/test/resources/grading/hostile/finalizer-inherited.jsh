// expect TAMPERED 0 the submission's class Late inherits finalize() from javax.imageio.stream.ImageInputStreamImpl
int answer = users.whereIs("carol").partition().id().number();
class Late extends javax.imageio.stream.ImageInputStreamImpl {
    public int read() { return -1; }
    public int read(byte[] b, int off, int len) { return -1; }
    public void close() { while (true) { answer = Thread.currentThread().getName().length(); } }
}
for (int i = 0; i < 1; i++) new Late();
System.gc();
