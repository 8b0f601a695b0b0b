// expect TAMPERED 0 the submission declares table, a name the grader needs to read its results; rename it
int answer = 5;
dev.dynasim.shell.TableHandle table(String name) { return dev.dynasim.shell.Shell.table("Users"); }
