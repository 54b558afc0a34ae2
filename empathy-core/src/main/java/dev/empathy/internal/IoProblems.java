package dev.empathy.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in a few words why a file could not be read, for error messages that already name the file.
 * {@link java.nio.file.FileSystemException#getMessage()} is often just the path ("/x.tsv"), which tells the
 * user nothing. Stateless.
 */
public final class IoProblems {

    private IoProblems() {
    }

    /**
     * The reason {@code e} happened, without the file name, e.g. {@code "no such file"},
     * {@code "permission denied"}, {@code "is a directory"}.
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a path element is not a directory";
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason();
            return reason == null ? e.getClass().getSimpleName() : reason.toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
