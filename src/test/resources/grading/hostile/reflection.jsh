// expect FINISHED 1 reaching private members by reflection
var field = dev.dynasim.shell.Shell.class.getDeclaredFields()[0];
field.setAccessible(true);
