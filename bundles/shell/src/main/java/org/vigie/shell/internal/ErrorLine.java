package org.vigie.shell.internal;

import org.vigie.core.api.VigieException;

/** The one line the shell prints for a failed command. */
final class ErrorLine {

    private ErrorLine() {
    }

    static String of(Throwable e) {
        Throwable cause = e;
        // Gogo wraps exceptions thrown by commands; show the command's own message
        while (!(cause instanceof VigieException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof VigieException) {
            return cause.toString();
        }
        String message = e.getMessage();
        String name = e.getClass().getSimpleName();
        if (name.equals("CommandNotFoundException")) {
            return "error: " + message + " (type 'help' for the list of commands)";
        }
        return "error: " + (message == null ? name : message);
    }
}
