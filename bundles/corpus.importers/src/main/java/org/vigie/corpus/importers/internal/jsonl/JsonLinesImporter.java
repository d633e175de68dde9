package org.vigie.corpus.importers.internal.jsonl;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ImportSink;
import org.vigie.corpus.api.ImportSource;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.api.propertytypes.ImporterService;
import org.vigie.corpus.importers.internal.text.LineReader;
import org.vigie.corpus.importers.internal.text.MixedUtf8;
import org.vigie.corpus.importers.internal.text.TextDecoder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}): one article per line as
 * {@code {"title", "text", "url", "published", "source", "lang"}}; only {@code text} is required.
 * The file is streamed line by line, whatever its size: each document is handed on as soon as its
 * line is read, and a line is held whole only up to {@value #MAX_LINE_MB} MB. A bad line (invalid
 * JSON, no text, too long) is skipped and noted with its number ("line 3: ..."); a line that is
 * not UTF-8 is repaired (windows-1252 where it is not) and noted. A file with no valid line is
 * refused with the first reasons.
 */
@ImporterService(id = "jsonl", mediaTypes = {JsonLinesImporter.MEDIA_TYPE, "application/jsonl"})
@Component(service = DocumentImporter.class)
public class JsonLinesImporter implements DocumentImporter {

    static final String MEDIA_TYPE = "application/x-ndjson";
    static final int MAX_LINE_MB = 16;
    private static final Set<String> EXTENSIONS = Set.of("jsonl", "ndjson");
    private static final int REASONS = 10;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public boolean accepts(ImportSource source) {
        return EXTENSIONS.contains(source.extension());
    }

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public List<ParsedDocument> read(ImportSource source) {
        List<ParsedDocument> documents = new ArrayList<>();
        read(source, new ImportSink() {
            @Override
            public void document(ParsedDocument document) {
                documents.add(document);
            }

            @Override
            public void note(String remark) {
                // read(source) gives the documents only
            }
        });
        return documents;
    }

    @Override
    public void read(ImportSource source, ImportSink sink) {
        List<String> reasons = new ArrayList<>();
        int documents = 0;
        try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
            LineReader lines = new LineReader(in, MAX_LINE_MB * 1024 * 1024);
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ImportException("interrupted after line " + line.number());
                }
                String problem = readLine(line, sink);
                if (problem == null) {
                    documents++;
                } else if (!problem.isEmpty()) {
                    sink.note("line " + line.number() + ": " + problem);
                    if (reasons.size() < REASONS) {
                        reasons.add("line " + line.number() + ": " + problem);
                    }
                }
            }
        } catch (IOException e) {
            throw new ImportException("unreadable: " + e.getMessage(), e);
        }
        if (documents == 0 && !reasons.isEmpty()) {
            throw new ImportException("no valid line: " + String.join("; ", reasons));
        }
    }

    /** Hands the line's document on; returns {@code null}, an empty string for a blank line, or the problem. */
    private String readLine(LineReader.Line line, ImportSink sink) {
        if (line.tooLong()) {
            return "too long: over " + MAX_LINE_MB + " MB, the limit for one line";
        }
        String text = TextDecoder.strictUtf8(line.bytes(), line.length());
        boolean repaired = text == null;
        if (repaired) {
            text = MixedUtf8.decode(line.bytes(), 0, line.length());
        }
        if (text.isBlank()) {
            return "";
        }
        try {
            sink.document(JsonArticle.document(json.readTree(text)));
        } catch (JsonProcessingException e) {
            return "invalid JSON (" + e.getOriginalMessage() + ")";
        } catch (ImportException e) {
            return e.getMessage();
        }
        if (repaired) {
            sink.note("line " + line.number() + ": not UTF-8, read as windows-1252");
        }
        return null;
    }
}
