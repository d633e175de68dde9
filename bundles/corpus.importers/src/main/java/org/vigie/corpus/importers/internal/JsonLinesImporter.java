package org.vigie.corpus.importers.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ImportSource;
import org.vigie.corpus.api.ParsedDocument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}): one article per line as
 * {@code {"title", "text", "url", "published", "source"}}; only {@code text} is required. A bad
 * line is skipped and the others are imported; the skipped lines are named ("line 3: ...") in
 * the {@value #SKIPPED_TAG} tag, which the corpus importer turns into the file's outcome reason.
 * A file whose every line is bad is refused with those reasons.
 */
@Component(service = DocumentImporter.class)
public class JsonLinesImporter implements DocumentImporter {

    static final String MEDIA_TYPE = "application/x-ndjson";
    /** Tag naming the skipped lines of a file; never stored (see DefaultCorpusImporter). */
    static final String SKIPPED_TAG = "import.skipped";
    private static final Set<String> EXTENSIONS = Set.of("jsonl", "ndjson");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String id() {
        return "jsonl";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MEDIA_TYPE, "application/jsonl");
    }

    @Override
    public boolean accepts(ImportSource source) {
        return EXTENSIONS.contains(source.extension());
    }

    @Override
    public List<ParsedDocument> read(ImportSource source) {
        List<ParsedDocument> documents = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    readLine(line, number, documents, skipped);
                }
            }
        } catch (CharacterCodingException e) {
            throw new ImportException("not UTF-8 text: JSON Lines files must be UTF-8", e);
        } catch (IOException e) {
            throw new ImportException("unreadable: " + e.getMessage(), e);
        }
        if (documents.isEmpty() && !skipped.isEmpty()) {
            throw new ImportException("no valid line: " + String.join("; ", skipped));
        }
        return skipped.isEmpty() ? documents : withSkipped(documents, String.join("; ", skipped));
    }

    private void readLine(String line, int number, List<ParsedDocument> documents, List<String> skipped) {
        try {
            documents.add(document(json.readTree(line)));
        } catch (JsonProcessingException e) {
            skipped.add("line " + number + ": invalid JSON (" + e.getOriginalMessage() + ")");
        } catch (ImportException e) {
            skipped.add("line " + number + ": " + e.getMessage());
        }
    }

    private static ParsedDocument document(JsonNode node) {
        if (!node.isObject()) {
            throw new ImportException("not a JSON object");
        }
        String text = string(node, "text");
        if (text == null || text.isBlank()) {
            throw new ImportException("no \"text\"");
        }
        String published = string(node, "published");
        return new ParsedDocument(nfc(text).replace("\r\n", "\n").strip(), null, nfc(string(node, "title")),
                nfc(string(node, "source")), string(node, "url"),
                published == null ? null
                        : NewsDates.fromIso(published).or(() -> NewsDates.find(published)).orElse(null), string(node, "lang"), MEDIA_TYPE, null);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ImportException("\"" + field + "\" is not a string");
        }
        return value.asText();
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static List<ParsedDocument> withSkipped(List<ParsedDocument> documents, String skipped) {
        return documents.stream().map(d -> new ParsedDocument(d.text(), d.rawText(), d.title(), d.source(), d.url(),
                d.published(), d.language(), d.mediaType(), Map.of(SKIPPED_TAG, skipped))).toList();
    }
}
