package org.vigie.corpus.importers.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.osgi.service.component.annotations.Component;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.ImportException;
import org.vigie.corpus.api.ImportSource;
import org.vigie.corpus.api.ParsedDocument;

/**
 * Saved web pages ({@code .html}, {@code .htm}, {@code .xhtml}, or a file starting like HTML),
 * parsed with jsoup, which never resolves entities nor fetches anything (no XXE). See
 * {@link HtmlArticle} for what is kept.
 */
@Component(service = DocumentImporter.class)
public class HtmlImporter implements DocumentImporter {

    static final String MEDIA_TYPE = "text/html";
    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml");

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public String id() {
        return "html";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MEDIA_TYPE, "application/xhtml+xml");
    }

    @Override
    public boolean accepts(ImportSource source) {
        if (EXTENSIONS.contains(source.extension())) {
            return true;
        }
        String head = new String(source.head(), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || head.startsWith("<?xml") && head.contains("<html");
    }

    /**
     * The page, decoded as its BOM or {@code <meta charset>} says (jsoup), else as strict UTF-8,
     * else windows-1252: an old page saved without a declared charset still reads right.
     */
    private Document parse(ImportSource source) {
        String baseUri = source.path().toUri().toString();
        try {
            byte[] bytes = Files.readAllBytes(source.path());
            String head = new String(source.head(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            if (head.contains("charset=") || head.contains("encoding=")) {
                return Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri);
            }
            return Jsoup.parse(decoder.decode(bytes).text(), baseUri);
        } catch (IOException e) {
            throw new ImportException("unreadable: " + e.getMessage(), e);
        }
    }

    @Override
    public List<ParsedDocument> read(ImportSource source) {
        HtmlArticle article = new HtmlArticle(parse(source));
        String text = article.text();
        if (text.isBlank()) {
            throw new ImportException("no article text: the page holds no readable paragraphs");
        }
        return List.of(new ParsedDocument(text, article.pageText(), article.title(), article.outlet(),
                article.url(), article.published(), article.language(), MEDIA_TYPE, null));
    }
}
