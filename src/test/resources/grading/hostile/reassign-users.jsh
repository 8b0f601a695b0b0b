// expect TAMPERED 0 the submission changes users, which the exercise set up and the grader reads to check it
if (true) users = createTable("Decoy", partitionKey("UserId", S));
int answer = users.whereIs("carol").partition().id().number();
