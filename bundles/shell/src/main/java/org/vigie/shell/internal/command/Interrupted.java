package org.vigie.shell.internal.command;

import org.vigie.core.api.VigieException;

/**
 * Ctrl-C in the shell. Gogo answers it by cancelling the command's job: it interrupts the
 * command's thread, prints {@code java.lang.InterruptedException} and drops what the command
 * throws afterwards. A command thread that writes while its interrupt flag is set closes Gogo's
 * output channel, and with it the terminal's output for the rest of the session: commands print
 * through {@link #printing} while they run and clear the flag before their last lines.
 */
final class Interrupted {

    private Interrupted() {
    }

    /** Runs {@code print} with the interrupt flag cleared, then gives the flag back. */
    static void printing(Runnable print) {
        boolean interrupted = Thread.interrupted();
        try {
            print.run();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Prints the command's interrupted line (Gogo drops what is thrown) and gives it back to throw. */
    static <E extends VigieException> E said(E line) {
        printing(() -> System.err.println(line.getMessage()));
        return line;
    }
}
