package org.vigie.curation.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.Decision;

/**
 * The log's file: JSON Lines, appended to and forced to disk, never rewritten in place. A line
 * that does not parse (the last one cut short by a crash, or one edited by hand) is reported and
 * skipped when the file is loaded; the next append starts on a line of its own.
 */
final class LogFile {

    private final Path file;
    private final DecisionLines lines = new DecisionLines();
    /** Whether the file ends in the middle of a line (cut short), so the next append starts a new one. */
    private boolean cut;

    LogFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** The decisions of the file, oldest first; every unreadable line goes to {@code skipped}, one line each. */
    List<Decision> load(Consumer<String> skipped) {
        if (!Files.exists(file)) {
            return new ArrayList<>();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            cut = !text.isEmpty() && !text.endsWith("\n");
            return parse(text, (number, why) -> skipped.accept(file + " line " + number
                    + " is unreadable (cut short by a crash?), skipped: " + why));
        } catch (IOException e) {
            throw new CurationException("cannot read the curation log " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads another log (an export) whole: any unreadable line makes it no curation log. */
    List<Decision> read(Path other) {
        try {
            return parse(Files.readString(other, StandardCharsets.UTF_8), (number, why) -> {
                throw new CurationException(other + " line " + number + " is not a curation decision: " + why);
            });
        } catch (IOException e) {
            throw new CurationException("cannot read " + other + ": " + e.getMessage(), e);
        }
    }

    private interface BadLine {
        void report(int number, String why);
    }

    private List<Decision> parse(String text, BadLine bad) {
        List<Decision> decisions = new ArrayList<>();
        String[] each = text.split("\n", -1);
        for (int i = 0; i < each.length; i++) {
            String line = each[i].strip();
            if (!line.isEmpty()) {
                try {
                    decisions.add(lines.read(line));
                } catch (IllegalArgumentException e) {
                    bad.report(i + 1, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                }
            }
        }
        return decisions;
    }

    /** Appends decisions, one line each, and forces them to disk before returning. */
    void append(List<Decision> decisions) {
        StringBuilder text = new StringBuilder(cut ? "\n" : "");
        decisions.forEach(d -> text.append(lines.write(d)).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                writeAll(channel, text);
            }
            cut = false;
        } catch (IOException e) {
            throw new CurationException("cannot write the curation log " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code decisions} to {@code target} atomically: a temporary file beside it, then a rename. */
    void export(List<Decision> decisions, Path target) {
        Path absolute = target.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        StringBuilder text = new StringBuilder();
        decisions.forEach(d -> text.append(lines.write(d)).append('\n'));
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writeAll(channel, text);
            }
            Files.move(part, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CurationException("cannot write " + absolute + ": " + e.getMessage(), e);
        }
    }

    private static void writeAll(FileChannel channel, CharSequence text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(true);
    }
}
