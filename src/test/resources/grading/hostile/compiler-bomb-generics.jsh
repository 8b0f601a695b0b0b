// expect UNREADABLE 0 the grader's compiler could not handle it (one of its snippets was still being compiled after
static <T> T g(T t) { return t; }
boolean b = true;
Object bomb = g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(g(g(g(b ? g(b) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)))) : null)));
int answer = users.whereIs("carol").partition().id().number();
