// expect FINISHED 1 reading /etc/passwd, outside the submission's folder
int answer = 0;
for (int i = 0; i < 20; i++) { try { System.setProperty("k" + i, "x"); } catch (SecurityException e) { } }
try { new java.io.FileReader("/etc/passwd"); } catch (Exception e) { }
try { Runtime.getRuntime().exec("ls"); } catch (Exception e) { }
