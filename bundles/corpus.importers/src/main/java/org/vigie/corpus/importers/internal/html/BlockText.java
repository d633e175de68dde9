package org.vigie.corpus.importers.internal.html;

import java.text.Normalizer;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text of an HTML element with block elements (paragraphs, headings, items) as lines. */
final class BlockText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption",
            "table", "tr", "td", "th", "br", "hr", "address", "header", "footer");

    private final StringBuilder out = new StringBuilder();

    private BlockText() {
    }

    static String of(Element root) {
        BlockText visitor = new BlockText();
        NodeTraversor.traverse(visitor, root);
        return visitor.lines();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            out.append(text.getWholeText());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            out.append('\n');
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            out.append('\n');
        }
    }

    private String lines() {
        StringBuilder text = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String clean = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (!clean.isEmpty()) {
                text.append(clean).append('\n');
            }
        }
        return Normalizer.normalize(text.toString().strip(), Normalizer.Form.NFC);
    }
}
