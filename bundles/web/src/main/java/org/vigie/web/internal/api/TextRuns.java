package org.vigie.web.internal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.vigie.entities.api.Span;

/**
 * A text cut at every annotation boundary: each run lists the annotations that cover it, so
 * nested and overlapping spans are all rendered (the page marks a run with its innermost one and
 * names all of them). Offsets are UTF-16 indices, the same in Java and JavaScript.
 */
public final class TextRuns {

    /** {@code [begin, end)} of the text, covered by the annotations at these indices (none: plain text). */
    public record Run(int begin, int end, List<Integer> marks) {
    }

    private TextRuns() {
    }

    /**
     * @throws IllegalArgumentException when a span ends past the text (an index out of step with the store)
     */
    public static List<Run> of(int length, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Span span : spans) {
            if (span.end() > length) {
                throw new IllegalArgumentException("annotation " + span + " ends past the text (" + length + " characters)");
            }
            cuts.add(span.begin());
            cuts.add(span.end());
        }
        List<Run> runs = new ArrayList<>();
        Integer begin = cuts.first();
        for (Integer end : cuts.tailSet(begin, false)) {
            List<Integer> covering = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                if (spans.get(i).begin() <= begin && end <= spans.get(i).end() && spans.get(i).length() > 0) {
                    covering.add(i);
                }
            }
            runs.add(new Run(begin, end, covering));
            begin = end;
        }
        return runs;
    }
}
