// expect FINISHED 3 [PASS] answer is the number of the partition that stores carol
int answer = users.whereIs("carol").partition().id().number();
