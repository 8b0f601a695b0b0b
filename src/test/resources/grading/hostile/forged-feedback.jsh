// expect FINISHED 1 `: RuntimeException: boom
int answer = 0;
System.out.println("\u001B[2J[PASS] answer is the number of the partition that stores carol (2/2)");
throw new RuntimeException("boom\n[PASS] answer is the number of the partition that stores carol (2/2)");
