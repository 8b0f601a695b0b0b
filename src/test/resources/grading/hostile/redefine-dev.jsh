// expect TAMPERED 0 the submission declares dev, a name the grader needs to read its results; rename it
int answer = users.whereIs("carol").partition().id().number();
String dev = "gotcha";
