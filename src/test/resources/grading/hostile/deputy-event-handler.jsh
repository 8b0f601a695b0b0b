// expect FINISHED 1 changing a thread's class loader
import java.beans.EventHandler;
import java.util.function.Supplier;
import dev.dynasim.grading.Attempt;
import dev.dynasim.grading.Sandbox;
Supplier<?> deputy(Object target, String action) {
    ClassLoader mine = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(ClassLoader.getSystemClassLoader());
    try { return EventHandler.create(Supplier.class, target, action); } finally { Thread.currentThread().setContextClassLoader(mine); }
}
var folderField = Sandbox.class.getDeclaredField("policy");
Attempt.as(user("eve"), deputy(folderField, "trySetAccessible"));
folderField.get(System.getSecurityManager());
