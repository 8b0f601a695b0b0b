// expect FINISHED 1 replacing the grader's security manager
System.setSecurityManager(null);
