package org.vigie.shell.internal.format;

import org.vigie.core.api.VigieException;

/** The one line the shell prints for a failed command (control characters escaped: it may quote a file name). */
public final class ErrorLine {

    private ErrorLine() {
    }

    public static String of(Throwable e) {
        return TerminalText.line(unsafe(e));
    }

    private static String unsafe(Throwable e) {
        Throwable cause = e;
        // Gogo wraps what commands throw (InvocationTargetException, ...): show the command's own failure
        while (!(cause instanceof VigieException) && cause.getCause() != null && cause.getCause() != cause
                && (cause.getMessage() == null || cause instanceof java.lang.reflect.InvocationTargetException)) {
            cause = cause.getCause();
        }
        if (cause instanceof VigieException) {
            return cause.toString();
        }
        String message = cause.getMessage();
        String name = cause.getClass().getSimpleName();
        if (name.equals("CommandNotFoundException")) {
            return "error: " + message + " (type 'help' for the list of commands)";
        }
        return "error: " + (message == null ? name : message);
    }
}
