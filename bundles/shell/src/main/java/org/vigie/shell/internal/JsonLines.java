package org.vigie.shell.internal;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Output for programs: one JSON object per line. Values may be strings, numbers, booleans,
 * lists, maps or null; dates are written by the caller as ISO strings.
 */
public final class JsonLines {
    private final ObjectMapper mapper = new ObjectMapper();
    private final PrintStream out;

    public JsonLines(PrintStream out) {
        this.out = out;
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
}
