// expect FINISHED 1 managing other processes
ProcessHandle.current().parent().ifPresent(ProcessHandle::destroyForcibly);
