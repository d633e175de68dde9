package org.vigie.corpus.importers.internal.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Reads news as analysts get it in plain text (copied from a web page): finds the title line, the
 * {@code Source:} URL, the outlet, the publication date, and cuts the page furniture (site banners,
 * photo credits, image file names, repeated captions, "Comment (0)", "Même catégorie" and the link
 * lists after them) so that it does not pollute extraction. The importer keeps the raw text.
 */
public final class NewsLayout {

    /** What the layout found; {@code text} is the article without furniture. */
    public record Article(String title, String source, String url, LocalDate published, String text,
            Map<String, String> tags) {
    }

    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^sources?\\s*:\\s*(.+)$");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern TAIL_MARKER = Pattern.compile("(?i)^(comments?\\s*\\(\\d+\\)|commentaires?\\s*\\(\\d+\\)"
            + "|bình luận\\s*\\(\\d+\\)|no data|même catégorie|même auteur|(à )?lire aussi|voir aussi|sur le même sujet"
            + "|articles? liés?|related( articles| news)?|read more|tags?\\s*:.*|mots[- ]clés\\s*:?.*|partager cet article)$");
    private static final int LINK_LIST_LINE = 80;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;»\"”)]$");
    private static final int LINK_LIST_RUN = 3;

    public Article read(String raw) {
        Found found = new Found();
        List<String> lines = new ArrayList<>(List.of(raw.split("\n", -1)));
        cutTail(lines);
        takeSourceLines(lines, found);
        cutLinkList(lines);
        takeSignature(lines, found);
        new NewsHeader(found).read(lines);
        List<String> body = PageFurniture.clean(lines);
        if (found.url != null) {
            found.source = found.source != null ? found.source : Outlets.fromUrl(found.url).orElse(null);
            found.published = found.published != null ? found.published : NewsDates.fromUrl(found.url).orElse(null);
        }
        return new Article(found.title, found.source, found.url, found.published, String.join("\n", body).strip(),
                found.tags);
    }

    /** Cuts everything from the first furniture marker ("Comment (0)", "Même catégorie", ...) on. */
    private static void cutTail(List<String> lines) {
        int nonBlank = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && nonBlank++ >= 2 && TAIL_MARKER.matcher(line).matches()) {
                lines.subList(i, lines.size()).clear();
                return;
            }
        }
    }

    private static void takeSourceLines(List<String> lines, Found found) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = SOURCE_LINE.matcher(lines.get(i).strip());
            if (!m.matches()) {
                continue;
            }
            Matcher url = URL.matcher(m.group(1));
            if (url.find()) {
                found.url = url.group();
            } else if (m.group(1).length() <= 60) {
                found.source = Outlets.signature(m.group(1)).orElse(m.group(1).strip());
            } else {
                continue;
            }
            lines.remove(i);
        }
    }

    /** Cuts a run of short unpunctuated lines (links to other articles) at the very end. */
    private static void cutLinkList(List<String> lines) {
        int run = 0;
        int start = lines.size();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() > LINK_LIST_LINE || SENTENCE_END.matcher(line).matches()) {
                break;
            }
            run++;
            start = i;
        }
        if (run >= LINK_LIST_RUN && start > 0) {
            lines.subList(start, lines.size()).clear();
        }
    }

    /** An outlet's signature as the last line ({@code VNA/CVN}) names the source. */
    private static void takeSignature(List<String> lines, Found found) {
        for (int i = lines.size() - 1; i > 0; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Optional<String> outlet = Outlets.signature(line);
            if (outlet.isPresent()) {
                found.source = found.source != null ? found.source : outlet.get();
                lines.remove(i);
            }
            return;
        }
    }

    /** What the header, signature and source lines told so far. */
    static final class Found {
        String title;
        String source;
        String url;
        LocalDate published;
        final Map<String, String> tags = new LinkedHashMap<>();
    }
}
