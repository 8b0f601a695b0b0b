// expect FINISHED 3 correct: partition P5
int answer = users.whereIs("carol").partition().id().number();
