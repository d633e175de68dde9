package org.vigie.curation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.Decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One decision as one line of JSON (the fields in a fixed order, readable by a person), and its content id. */
final class DecisionLines {

    /** The line's shape: {@code at} as ISO-8601 text. */
    @JsonPropertyOrder({"id", "at", "by", "action", "targets", "arguments", "note"})
    record Line(String id, String at, String by, String action, List<String> targets, Map<String, String> arguments,
            String note) {
    }

    private final ObjectMapper json = new ObjectMapper();

    String write(Decision d) {
        try {
            return json.writeValueAsString(new Line(d.id(), d.at().toString(), d.by(), d.action(), d.targets(),
                    new TreeMap<>(d.arguments()), d.note()));
        } catch (JsonProcessingException e) {
            throw new CurationException("cannot write decision " + d.id() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The decision of one line; throws {@link IllegalArgumentException} saying why it is not one. */
    Decision read(String text) {
        Line line;
        try {
            line = json.readValue(text, Line.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
        if (line == null || line.id() == null || line.at() == null || line.by() == null || line.action() == null
                || line.targets() == null) {
            throw new IllegalArgumentException("a decision needs id, at, by, action and targets");
        }
        try {
            return new Decision(line.id(), Instant.parse(line.at()), line.by(), line.action(), line.targets(),
                    line.arguments() == null ? Map.of() : line.arguments(), line.note());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A content hash of everything but the note: the same decision imported twice has one id. */
    static String idOf(Instant at, String by, String action, List<String> targets, Map<String, String> arguments) {
        String content = at + "\n" + by + "\n" + action + "\n" + String.join("\u0000", targets) + "\n"
                + new TreeMap<>(arguments);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
