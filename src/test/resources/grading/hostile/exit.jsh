// expect EXIT_CALLED 3 System.exit(1) was called
int answer = users.whereIs("carol").partition().id().number();
System.exit(1);
answer = 0;
