package org.vigie.entities.french.internal.rule;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;

/**
 * Criminal groups named by their head noun, French or foreign: {@code cartel de Jalisco},
 * {@code clan del Norte}, {@code clan Zemun} (the head kept in the name), and a Spanish plural
 * article before a capitalised plural no gazetteer knows ({@code Los Zetas}; not {@code Los Angeles}).
 */
public final class CriminalGroupRule implements Rule {

    @Override
    public void apply(TextScan scan) {
        for (int i = 0; i + 1 < scan.size(); i++) {
            Token t = scan.token(i);
            if (!t.isWord()) {
                continue;
            }
            if (t.lowercase() && (t.is("cartel") || t.is("clan"))) {
                int name = scan.is(i + 1, "de") || scan.is(i + 1, "del") || scan.is(i + 1, "du") ? i + 2 : i + 1;
                if (name < scan.size() && scan.token(name).capitalised() && !scan.token(name).sentenceStart()) {
                    add(scan, i, nameEnd(scan, name));
                }
            } else if ((t.is("los") || t.is("las")) && t.capitalised() && scan.token(i + 1).capitalised()
                    && scan.token(i + 1).folded().endsWith("s") && scan.lexicon.gazetteer.longestAt(scan.tokens, i) == null) {
                add(scan, i, i + 2);
            }
        }
    }

    private static int nameEnd(TextScan scan, int name) {
        int end = name + 1;
        while (end < scan.size() && end - name < 3 && scan.token(end).capitalised() && scan.coveringAt(end) == null) {
            end++;
        }
        return end;
    }

    private static void add(TextScan scan, int start, int end) {
        Candidate known = scan.coveringAt(start, EntityType.ORGANIZATION);
        if (known == null || known.start != start) {
            scan.add(new Candidate(start, end, EntityType.ORGANIZATION, scan.covered(start, end), Candidate.Source.CONTEXT, 0.65));
        }
    }
}
