package org.vigie.corpus.importers.internal.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.osgi.service.component.annotations.Component;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ImportSink;
import org.vigie.corpus.api.ImportSource;
import org.vigie.corpus.api.ParsedDocument;
import org.vigie.corpus.api.propertytypes.ImporterService;
import org.vigie.corpus.importers.internal.text.Blank;
import org.vigie.corpus.importers.internal.text.TextDecoder;

/**
 * Saved web pages ({@code .html}, {@code .htm}, {@code .xhtml}, or a file starting like HTML),
 * parsed with jsoup, which never resolves entities nor fetches anything (no XXE), keeps the text
 * of pages nested however deep, and works without recursion. Pages over {@value #MAX_PAGE_MB} MB
 * and pages of over {@value #MAX_TAGS} tags are refused. See {@link HtmlArticle} for what is kept.
 */
@ImporterService(id = "html", mediaTypes = {HtmlImporter.MEDIA_TYPE, "application/xhtml+xml"})
@Component(service = DocumentImporter.class)
public class HtmlImporter implements DocumentImporter {

    static final String MEDIA_TYPE = "text/html";
    /** Larger pages are refused: a page's tree takes several times its size in memory. */
    static final int MAX_PAGE_MB = 20;
    static final int MAX_TAGS = 1_000_000;
    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml");

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public boolean accepts(ImportSource source) {
        if (EXTENSIONS.contains(source.extension())) {
            return true;
        }
        String head = new String(source.head(), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || head.startsWith("<?xml") && head.contains("<html");
    }

    @Override
    public List<ParsedDocument> read(ImportSource source) {
        return List.of(article(parse(source, null)));
    }

    /** As {@link #read(ImportSource)}, noting the lines repaired because they were not UTF-8. */
    @Override
    public void read(ImportSource source, ImportSink sink) {
        sink.document(article(parse(source, sink)));
    }

    /**
     * The page, decoded as its BOM or {@code <meta charset>} says (jsoup), else as strict UTF-8,
     * else windows-1252: an old page saved without a declared charset still reads right. Nesting
     * is kept however deep (jsoup's default would cut it at 512 levels); the size is bounded.
     */
    private Document parse(ImportSource source, ImportSink sink) {
        if (source.size() > MAX_PAGE_MB * 1024L * 1024) {
            throw new ImportException(String.format(Locale.ROOT, "too large for a web page: %.1f MB, the limit is %d MB",
                    source.size() / 1048576.0, MAX_PAGE_MB));
        }
        String baseUri = source.path().toUri().toString();
        Parser parser = Parser.htmlParser();
        try {
            byte[] bytes = Files.readAllBytes(source.path());
            checkTags(bytes);
            String head = new String(source.head(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            if (head.contains("charset=") || head.contains("encoding=")) {
                return Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri, parser);
            }
            TextDecoder.Decoded decoded = decoder.decode(bytes);
            if (sink != null && decoded.repairNote() != null) {
                sink.note(decoded.repairNote());
            }
            return Jsoup.parse(decoded.text(), baseUri, parser);
        } catch (IOException e) {
            throw new ImportException("unreadable: " + e.getMessage(), e);
        }
    }

    /** A page's tree, copied twice to find the article, takes about 400 bytes a tag: bound it. */
    private static void checkTags(byte[] bytes) {
        int tags = 0;
        for (byte b : bytes) {
            if (b == '<' && ++tags > MAX_TAGS) {
                throw new ImportException(String.format(Locale.ROOT, "too many tags for a web page: over %,d", MAX_TAGS));
            }
        }
    }

    private static ParsedDocument article(Document page) {
        HtmlArticle article = new HtmlArticle(page);
        String text = article.text();
        if (Blank.isBlank(text)) {
            throw new ImportException("no article text: the page holds no readable paragraphs");
        }
        return new ParsedDocument(text, article.pageText(), article.title(), article.outlet(),
                article.url(), article.published(), article.language(), MEDIA_TYPE, null);
    }
}
