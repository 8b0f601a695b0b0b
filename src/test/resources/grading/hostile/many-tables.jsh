// expect FINISHED 3 [PASS] answer is the number of the partition that stores carol
for (int i = 0; i < 100; i++) createTable(("Table" + i + "_").repeat(20), partitionKey("Id", S)).put(item("Id", "k"));
int answer = users.whereIs("carol").partition().id().number();
