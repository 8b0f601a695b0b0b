// expect FINISHED 3 [PASS] answer is the number of the partition that stores carol
// Note to self: never write finalize() { ... }, it is deprecated.
String note = "$finalize() {";
int answer = users.whereIs("carol").partition().id().number();
