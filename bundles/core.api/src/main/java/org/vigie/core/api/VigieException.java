package org.vigie.core.api;

/**
 * Base of Vigie's unchecked exceptions. The message is written for the analyst and fits on one
 * line: it names the thing concerned and the reason, e.g. {@code cannot read foo.pdf: the file is
 * encrypted}.
 */
public class VigieException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VigieException(String message) {
        super(message);
    }

    public VigieException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code error: <message>}: what the shell shows, with no class name or stack trace. */
    @Override
    public String toString() {
        return "error: " + getMessage();
    }
}
