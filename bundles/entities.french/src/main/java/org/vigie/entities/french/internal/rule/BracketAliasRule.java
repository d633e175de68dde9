package org.vigie.entities.french.internal.rule;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;

/**
 * {@code NAME (ALIAS)}: an acronym or short name in brackets right after a found name is an alias
 * of it ({@code Office des Nations unies contre la drogue et le crime (ONUDC)},
 * {@code Convention ... (Convention de Hanoï)}), and is remembered so that later mentions of the
 * alias get the same value. An unknown capitalised name followed by an acronym or a known
 * organisation in brackets is an organisation ({@code Promsvyazbank (PSB)}).
 */
public final class BracketAliasRule implements Rule {

    @Override
    public void apply(TextScan scan) {
        for (int open = 1; open + 2 < scan.size(); open++) {
            if (!scan.isPunct(open, '(')) {
                continue;
            }
            int close = open + 1;
            while (close < scan.size() && close - open <= 8 && !scan.isPunct(close, ')')) {
                close++;
            }
            if (!scan.isPunct(close, ')') || close == open + 1 || !scan.token(open + 1).capitalised()) {
                continue;
            }
            Candidate named = namedBefore(scan, open);
            if (named != null) {
                alias(scan, named, open + 1, close);
            }
        }
    }

    private static Candidate namedBefore(TextScan scan, int open) {
        Candidate best = null;
        for (Candidate c : scan.coveringAll(open - 1)) {
            if (c.end == open && c.isEntity() && !c.is(EntityType.PERSON)
                    && (best == null || c.length() > best.length())) {
                best = c;
            }
        }
        if (best != null || !scan.token(open - 1).capitalised() || !acronymOrOrganization(scan, open + 1)) {
            return best;
        }
        int start = open - 1;
        while (start > 0 && open - start < 6 && scan.token(start - 1).capitalised()
                && !org.vigie.entities.french.internal.grammar.PersonNames.blankLineBefore(scan, start)) {
            start--;
        }
        return scan.add(new Candidate(start, open, EntityType.ORGANIZATION, scan.covered(start, open),
                Candidate.Source.CONTEXT, 0.6));
    }

    private static boolean acronymOrOrganization(TextScan scan, int i) {
        Candidate inside = scan.coveringAt(i, EntityType.ORGANIZATION);
        return scan.token(i).acronym() || inside != null && inside.source == Candidate.Source.GAZETTEER;
    }

    private static void alias(TextScan scan, Candidate named, int start, int end) {
        Candidate inside = scan.exactly(start, end);
        String alias = scan.covered(start, end);
        if (inside != null && named.source == Candidate.Source.GAZETTEER && inside.source == Candidate.Source.GAZETTEER) {
            return;
        }
        if (inside != null && inside.type.equals(named.type) && inside.source == Candidate.Source.GAZETTEER) {
            named.value = inside.value;
        } else if (inside != null && !inside.type.equals(named.type) && inside.source != Candidate.Source.GUESS) {
            return;
        }
        named.with(Features.ALIAS, alias).declare(alias);
        if (inside == null || inside.source == Candidate.Source.GUESS) {
            if (inside != null) {
                scan.remove(inside);
            }
            Candidate c = scan.add(new Candidate(start, end, named.type, named.value, Candidate.Source.RULE, 0.8));
            c.qualified = named.qualified;
        } else {
            inside.value = named.value;
        }
    }
}
