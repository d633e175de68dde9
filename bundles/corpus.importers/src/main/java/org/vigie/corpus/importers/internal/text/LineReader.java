package org.vigie.corpus.importers.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, one at a time, each held whole only up to a limit: a longer line
 * is skipped to its end and given as too long, so one huge line cannot exhaust memory.
 */
public final class LineReader {

    /** One line without its end ({@code \n}, {@code \r\n}); {@code bytes} is reused by the next. */
    public record Line(int number, byte[] bytes, int length, boolean tooLong) {
    }

    private final InputStream in;
    private final int limit;
    private byte[] buffer = new byte[8192];
    private int number;

    /** @param in a buffered stream */
    public LineReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or {@code null} at the end of the stream. */
    public Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        for (; b >= 0 && b != '\n'; b = in.read()) {
            if (length == limit) {
                tooLong = true;
            } else {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(limit, buffer.length * 2));
                }
                buffer[length++] = (byte) b;
            }
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        return new Line(++number, buffer, tooLong ? 0 : length, tooLong);
    }
}
