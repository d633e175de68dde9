package org.vigie.report.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run of styled text with citations, as a paragraph, a bullet or a table cell holds it.
 * Immutable: every builder method returns a new text.
 *
 * @param runs the pieces, in reading order
 */
public record Text(List<Run> runs) {

    /** How a run looks. */
    public enum Style { REGULAR, BOLD, ITALIC }

    /**
     * One piece of a text.
     *
     * @param text what is written (for a citation, its label such as {@code [3]})
     * @param style how it looks
     * @param citation the citation number it links to, or 0 for none
     */
    public record Run(String text, Style style, int citation) {
        public Run {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    public static final Text EMPTY = new Text(List.of());

    public Text {
        runs = List.copyOf(runs);
    }

    /** A text in the regular style. */
    public static Text of(String text) {
        return EMPTY.then(text);
    }

    /** This text followed by regular text. */
    public Text then(String text) {
        return with(new Run(text, Style.REGULAR, 0));
    }

    /** This text followed by bold text. */
    public Text bold(String text) {
        return with(new Run(text, Style.BOLD, 0));
    }

    /** This text followed by italic text. */
    public Text italic(String text) {
        return with(new Run(text, Style.ITALIC, 0));
    }

    /** This text followed by a citation {@code [n]} linked to source n. */
    public Text cite(int citation) {
        String space = runs.isEmpty() || plain().endsWith(" ") ? "" : "\u00a0";
        return with(new Run(space, Style.REGULAR, 0)).with(new Run("[" + citation + "]", Style.REGULAR, citation));
    }

    /** This text followed by the runs of another. */
    public Text then(Text other) {
        List<Run> all = new ArrayList<>(runs);
        all.addAll(other.runs);
        return new Text(all);
    }

    /** The text without styles. */
    public String plain() {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.text()));
        return b.toString();
    }

    /** The citation numbers it holds, in order. */
    public List<Integer> citations() {
        return runs.stream().filter(r -> r.citation() > 0).map(Run::citation).toList();
    }

    private Text with(Run run) {
        if (run.text().isEmpty()) {
            return this;
        }
        List<Run> all = new ArrayList<>(runs);
        all.add(run);
        return new Text(all);
    }

    @Override
    public String toString() {
        return plain();
    }
}
