// expect TIMED_OUT 0 still running after 3 s
int answer = 5;
while (true) { answer++; }
