package org.vigie.ris.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes RIS lines as the format's specification lays them out: a two-character tag, two spaces,
 * a hyphen, a space, the value, CRLF; {@code ER  - } ends a reference. A value is one line:
 * line breaks and other control characters become spaces; an empty value is not written. UTF-8.
 */
final class RisWriter {

    private final Writer out;

    RisWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** One tag line; nothing when {@code value} is null or blank. */
    void tag(String tag, String value) throws IOException {
        String line = value == null ? "" : oneLine(value);
        if (!line.isEmpty()) {
            out.write(tag + "  - " + line + "\r\n");
        }
    }

    /** Ends the reference, with a blank line before the next. */
    void end() throws IOException {
        out.write("ER  - \r\n\r\n");
    }

    void flush() throws IOException {
        out.flush();
    }

    /** The value on one line, its control characters (line breaks included) as spaces, trimmed. */
    static String oneLine(String value) {
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c));
        return b.toString().strip();
    }
}
