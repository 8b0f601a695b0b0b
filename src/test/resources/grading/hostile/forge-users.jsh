// expect TAMPERED 0 the submission changes users, which the exercise set up and the grader reads to check it
class N { long number() { return 7; } }
class I { N id() { return new N(); } }
class P { I partition() { return new I(); } }
class FakeUsers { P whereIs(String k) { return new P(); } }
var users = new FakeUsers();
int answer = 7;
