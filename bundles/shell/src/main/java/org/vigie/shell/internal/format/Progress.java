package org.vigie.shell.internal.format;

import java.io.PrintStream;
import java.util.Locale;

import org.apache.felix.service.command.CommandSession;

/**
 * Progress of a long command. On a terminal it draws one self-updating bar on the error stream
 * (so standard output stays clean for pipes); elsewhere it prints nothing and lets the command
 * print one plain line per item. The shell's only terminal control codes are here.
 */
public final class Progress implements AutoCloseable {
    /** ANSI "erase in line": clears from the cursor to the end of the line. */
    private static final String ERASE_TO_END = "\u001b[K";
    private static final int BAR = 28;
    private final PrintStream err;
    private final boolean drawing;
    private final String label;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintStream err, boolean drawing, String label) {
        this.err = err;
        this.drawing = drawing;
        this.label = label;
    }

    /** A progress display for this session: a bar when it talks to a terminal. */
    public static Progress start(CommandSession session, String label) {
        return new Progress(System.err, isTerminal(session), label);
    }

    /** Whether the session's output is an interactive terminal. */
    public static boolean isTerminal(CommandSession session) {
        Object terminal = session == null ? null : session.get(".terminal");
        boolean dumb = terminal == null || terminal.getClass().getSimpleName().startsWith("Dumb");
        return !dumb && System.console() != null;
    }

    /** Whether a bar is drawn; when not, the caller prints a line per item. */
    public boolean drawing() {
        return drawing;
    }

    /** Reports {@code done} of {@code total} items, the current one named by {@code item}. */
    public void update(int done, int total, String item) {
        if (!drawing) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 50_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = total <= 0 ? 0 : (int) ((long) BAR * done / total);
        String name = item == null ? "" : TerminalText.line(item);
        name = name.length() > 30 ? "…" + name.substring(name.length() - 29) : name;
        err.printf(Locale.ROOT, "\r%s [%s%s] %d/%d %s " + ERASE_TO_END, label, "#".repeat(filled),
                ".".repeat(BAR - filled), done, total, name);
        err.flush();
        drawn = true;
    }

    /** What starts a line printed while a bar may be drawn: back to the start of the line, the bar erased. */
    public String lineStart() {
        return drawing ? "\r" + ERASE_TO_END : "";
    }

    /** Milliseconds since start. */
    public long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000L;
    }

    /** Clears the bar. */
    @Override
    public void close() {
        if (drawn) {
            err.print("\r" + ERASE_TO_END);
            err.flush();
        }
    }
}
