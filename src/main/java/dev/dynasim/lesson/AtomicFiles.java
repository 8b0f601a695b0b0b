package dev.dynasim.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files written whole or not at all: into a temporary file beside the target, then moved over it in one step, so a crash never leaves half a file. */
public final class AtomicFiles {
    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code file} atomically (its folder made if need be), keeping its permissions
     * and, for a link, writing where it leads; a read-only file is refused; the temporary file is removed if writing fails.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target)) target = target.toRealPath(); // write where the link leads, and keep the link
        if (Files.exists(target) && readOnly(target)) throw new java.nio.file.AccessDeniedException(target + " is read-only");
        // beside its target, with the usual permissions, and a name of its own: two processes may write the same file at once
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            Files.write(tmp, bytes);
            if (Files.exists(target)) keepPermissions(target, tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Whether {@code file} is marked read-only (its owner may not write it: even root leaves such a file alone), or cannot be written. */
    public static boolean readOnly(Path file) {
        try {
            return !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return !Files.isWritable(file);
        }
    }

    /** Gives {@code tmp} the POSIX permissions of {@code target} (where the file system has them), so replacing a file keeps its mode. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults stand
        }
    }

    /** Writes {@code text} as UTF-8 to {@code file} atomically. */
    public static void writeString(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
