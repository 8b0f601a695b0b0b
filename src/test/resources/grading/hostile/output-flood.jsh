// expect FINISHED 3 it printed more than 4,096 bytes: the rest of its output was cut
for (int i = 0; i < 200_000; i++) System.out.println("spam " + i);
int answer = users.whereIs("carol").partition().id().number();
