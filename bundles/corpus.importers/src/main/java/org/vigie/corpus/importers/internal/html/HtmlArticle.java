package org.vigie.corpus.importers.internal.html;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigie.corpus.importers.internal.news.NewsDates;

/**
 * The article inside a web page: title ({@code og:title}, {@code <title>}, {@code <h1>}), date
 * ({@code article:published_time} and the other usual {@code <meta>}s, {@code <time>}), outlet
 * ({@code og:site_name}), canonical URL, and the main text ({@code <article>}, {@code <main>} or the
 * element holding the most paragraph text) without scripts, navigation and boilerplate, one line
 * per paragraph.
 */
final class HtmlArticle {

    private static final String NOT_ARTICLE = "script, style, noscript, template, iframe, svg, canvas, nav, header, "
            + "footer, aside, form, button, select, input, textarea, dialog, menu";
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(^|[\\s_-])(cookie|consent|share|sharing|social"
            + "|related|comments?|newsletter|breadcrumbs?|menu|navbar|banner|advert|ads|promo|subscribe|sidebar"
            + "|popup|modal)([\\s_-]|$)");
    private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "datePublished",
        "date", "pubdate", "publishdate", "DC.date", "DC.date.issued", "dcterms.created", "sailthru.date"};

    private final Document page;
    private final Element main;

    HtmlArticle(Document page) {
        this.page = page;
        this.main = mainElement(page.clone());
    }

    String title() {
        return meta("og:title").or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()))
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text))
                .map(HtmlArticle::clean).filter(t -> !t.isBlank()).orElse(null);
    }

    String outlet() {
        return meta("og:site_name").map(HtmlArticle::clean).orElse(null);
    }

    String url() {
        return Optional.ofNullable(page.selectFirst("link[rel=canonical][href]")).map(e -> e.attr("href"))
                .or(() -> meta("og:url")).filter(u -> u.startsWith("http")).orElse(null);
    }

    LocalDate published() {
        return Stream.of(DATE_METAS).map(this::meta).flatMap(Optional::stream)
                .map(NewsDates::fromIso).flatMap(Optional::stream).findFirst()
                .or(() -> Optional.ofNullable(page.selectFirst("time[datetime]"))
                        .flatMap(t -> NewsDates.fromIso(t.attr("datetime"))))
                .orElse(null);
    }

    /** The language the page declares ({@code <html lang="fr-FR">} gives {@code fr}), or {@code null}. */
    String language() {
        String lang = page.select("html[lang]").attr("lang").strip().toLowerCase(Locale.ROOT);
        return lang.length() >= 2 && Character.isLetter(lang.charAt(0)) ? lang.split("[-_]")[0] : null;
    }

    /** The article text, one paragraph per line, NFC. */
    String text() {
        return BlockText.of(main);
    }

    /** Every visible text of the page, furniture included: nothing is lost. */
    String pageText() {
        Document copy = page.clone();
        copy.select("script, style, noscript, template").remove();
        return BlockText.of(copy.body() == null ? copy : copy.body());
    }

    private Optional<String> meta(String name) {
        Element e = page.selectFirst("meta[property=" + name + "][content], meta[name=" + name + "][content], "
                + "meta[itemprop=" + name + "][content]");
        return Optional.ofNullable(e).map(m -> m.attr("content").strip()).filter(c -> !c.isEmpty());
    }

    private static Element mainElement(Document copy) {
        copy.select(NOT_ARTICLE).remove();
        copy.getAllElements().stream().filter(HtmlArticle::isBoilerplate).forEach(Element::remove);
        Element body = copy.body() == null ? copy : copy.body();
        return copy.select("article").stream().max(Comparator.comparingInt(e -> e.text().length()))
                .or(() -> Optional.ofNullable(copy.selectFirst("main, [role=main]")))
                .or(() -> densest(body)).orElse(body);
    }

    private static boolean isBoilerplate(Element e) {
        String tag = e.normalName();
        if (tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        return BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find();
    }

    /**
     * The element whose own paragraphs hold the most text, widened to the highest of its
     * ancestors that holds paragraphs of its own: text around the block (a lede above it, or the
     * levels of a page nested thousands deep) is kept, blocks beside it are not.
     */
    private static Optional<Element> densest(Element body) {
        Map<Element, Integer> weight = new HashMap<>();
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                weight.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).map(best -> {
            Element main = best;
            for (Element above = best.parent(); above != null; above = above.parent()) {
                main = weight.containsKey(above) ? above : main;
            }
            return main;
        });
    }

    private static String clean(String text) {
        return Normalizer.normalize(text.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
    }
}
