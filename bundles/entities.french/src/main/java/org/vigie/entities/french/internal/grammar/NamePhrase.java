package org.vigie.entities.french.internal.grammar;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;

/** Building a name's value from some of the tokens it covers. */
public final class NamePhrase {

    private NamePhrase() {
    }

    /** Tokens {@code [start, end)} as written, without those {@code skip} marks, first letter upper case. */
    public static String value(TextScan scan, int start, int end, boolean[] skip) {
        StringBuilder out = new StringBuilder();
        int previous = -1;
        for (int i = start; i < end; i++) {
            if (skip != null && skip[i - start]) {
                continue;
            }
            Token t = scan.token(i);
            if (previous >= 0 && scan.token(previous).end() < t.begin()) {
                out.append(' ');
            }
            out.append(t.text());
            previous = i;
        }
        return capitalise(out.toString());
    }

    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Where a trailing attachment {@code de/du/d' [la/l'] X} starts when X is an already found
     * candidate of one of the types ending at {@code end}; -1 otherwise.
     */
    public static int trailingAttachment(TextScan scan, int start, int end, EntityType... types) {
        for (int i = end - 1; i > start + 1; i--) {
            Candidate c = scan.exactly(i, end, types);
            if (c == null) {
                continue;
            }
            int p = i - 1;
            if (PhraseGrammar.isArticle(scan.token(p)) && !scan.is(p, "l'") || scan.is(p, "l'")) {
                p--;
            }
            if (p > start && (scan.is(p, "de") || scan.is(p, "du") || scan.is(p, "d'") || scan.is(p, "des"))) {
                return p;
            }
        }
        return -1;
    }
}
