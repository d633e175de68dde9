package org.vigie.shell.internal.format;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Output for programs: one JSON object per line. Values may be strings, numbers, booleans,
 * lists, maps or null; dates are written by the caller as ISO strings. Besides the C0 controls
 * JSON requires escaped, every character {@link TerminalText} finds unsafe (DEL, C1, bidi
 * overrides, line separators) is written as a JSON unicode escape: the line is still the same
 * JSON, and a terminal shows it as it is.
 */
public final class JsonLines {
    private final ObjectMapper mapper = new ObjectMapper();
    private final PrintStream out;

    public JsonLines(PrintStream out) {
        this.out = out;
        mapper.getFactory().setCharacterEscapes(new TerminalSafeEscapes());
    }

    /** Writes one line. */
    public void write(Map<String, ?> object) {
        out.println(toJson(object));
    }

    /** One JSON line as a string. */
    public String toJson(Object object) {
        try {
            return mapper.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalSafeEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch <= 0xffff && TerminalText.isUnsafe((char) ch)
                    ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
