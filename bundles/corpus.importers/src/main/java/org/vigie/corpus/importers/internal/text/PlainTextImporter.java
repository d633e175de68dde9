package org.vigie.corpus.importers.internal.text;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ImportSink;
import org.vigie.corpus.api.ImportSource;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.api.propertytypes.ImporterService;
import org.vigie.corpus.importers.internal.news.NewsLayout;

/**
 * Plain text news ({@code .txt}, and files of unknown kind that read as text). Ranked below the
 * other importers so that an HTML or JSON Lines file is never read as plain text.
 */
@ImporterService(id = "text", mediaTypes = PlainTextImporter.MEDIA_TYPE)
@Component(service = DocumentImporter.class, property = Constants.SERVICE_RANKING + ":Integer=-100")
public class PlainTextImporter implements DocumentImporter {

    static final String MEDIA_TYPE = "text/plain";
    private static final Set<String> EXTENSIONS = Set.of("txt", "text");
    private static final Set<String> NOT_PLAIN_TEXT = Set.of("html", "htm", "xhtml", "xml", "svg", "pdf", "json",
            "jsonl", "ndjson", "js", "css", "csv", "tsv", "rtf", "doc", "docx", "odt", "zip", "gz", "exe", "bin");

    private final TextDecoder decoder = new TextDecoder();
    private final NewsLayout layout = new NewsLayout();

    @Override
    public boolean accepts(ImportSource source) {
        String extension = source.extension();
        return EXTENSIONS.contains(extension)
                || !NOT_PLAIN_TEXT.contains(extension) && decoder.looksLikeText(source.head());
    }

    @Override
    public List<ParsedDocument> read(ImportSource source) {
        return List.of(parse(decode(source)));
    }

    /** As {@link #read(ImportSource)}, noting the lines repaired because they were not UTF-8. */
    @Override
    public void read(ImportSource source, ImportSink sink) {
        TextDecoder.Decoded decoded = decode(source);
        ParsedDocument document = parse(decoded);
        if (decoded.repairNote() != null) {
            sink.note(decoded.repairNote());
        }
        sink.document(document);
    }

    private TextDecoder.Decoded decode(ImportSource source) {
        if (!decoder.looksLikeText(source.head())) {
            throw new ImportException("binary content: this is not a text file");
        }
        return decoder.decode(readAll(source));
    }

    private ParsedDocument parse(TextDecoder.Decoded decoded) {
        String raw = decoded.text();
        if (Blank.isBlank(raw)) {
            throw new ImportException("empty file: it holds only blank space");
        }
        NewsLayout.Article article = layout.read(raw);
        String text = Blank.isBlank(article.text()) ? raw.strip() : article.text();
        Map<String, String> tags = new java.util.LinkedHashMap<>(article.tags());
        tags.put("charset", decoded.charset().name());
        return new ParsedDocument(text, raw, article.title(), article.source(), article.url(),
                article.published(), null, MEDIA_TYPE, tags);
    }

    private static byte[] readAll(ImportSource source) {
        byte[] head = source.head();
        if (head.length == source.size()) {
            return head; // a small file is all in its head: no second read
        }
        try {
            return Files.readAllBytes(source.path());
        } catch (IOException e) {
            throw new ImportException("unreadable: " + e.getMessage(), e);
        }
    }
}
