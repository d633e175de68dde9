package org.vigie.web.internal.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet as the page renders it: runs of plain and matched text. The store marks matches
 * {@code [[like this]]}; the page puts each run in a text node, never in HTML, so a document's text
 * cannot inject markup.
 */
public final class Snippet {

    /** One run of a snippet: its text and whether it is a match. */
    public record Run(String text, boolean match) {
    }

    private Snippet() {
    }

    public static List<Run> runs(String marked) {
        List<Run> runs = new ArrayList<>();
        if (marked == null || marked.isEmpty()) {
            return runs;
        }
        int at = 0;
        while (at < marked.length()) {
            int open = marked.indexOf("[[", at);
            int close = open < 0 ? -1 : marked.indexOf("]]", open + 2);
            if (open < 0 || close < 0) {
                runs.add(new Run(marked.substring(at), false));
                break;
            }
            if (open > at) {
                runs.add(new Run(marked.substring(at, open), false));
            }
            runs.add(new Run(marked.substring(open + 2, close), true));
            at = close + 2;
        }
        return runs;
    }
}
