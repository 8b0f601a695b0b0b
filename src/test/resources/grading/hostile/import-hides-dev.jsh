// expect TAMPERED 0 could hide the names the grader needs to read its results
class Holder { static Object dev = null; }
import static REPL.$JShell$99.Holder.*;
int answer = 0;
