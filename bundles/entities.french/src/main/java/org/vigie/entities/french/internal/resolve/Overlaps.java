package org.vigie.entities.french.internal.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.french.internal.grammar.PhraseGrammar;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;

/**
 * Settles overlapping candidates. Same span: the stronger evidence wins (gazetteer, rule,
 * context, guess). Crossing spans: the stronger, then the longer, wins. Nesting is kept, since
 * names contain names ({@code Politburo du Parti communiste du Vietnam}), except inside a
 * gazetteer name, for guesses, for people inside other names, and for a lower-case head inside a
 * longer organisation ({@code police criminelle} in an Interpol expansion).
 */
public final class Overlaps {

    /** No rule makes a candidate longer than this many tokens, so older ones cannot overlap. */
    private static final int MAX_SPAN = 2 * PhraseGrammar.MAX_TOKENS + 16;

    private Overlaps() {
    }

    public static List<Candidate> settle(TextScan scan, List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparing(c -> -c.length())
                .thenComparing(c -> c.source.ordinal()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (keeps(scan, kept, c)) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static boolean keeps(TextScan scan, List<Candidate> kept, Candidate c) {
        for (int k = kept.size() - 1; k >= 0; k--) {
            Candidate other = kept.get(k);
            if (c.start - other.start > MAX_SPAN) {
                break;
            }
            if (!other.overlaps(c)) {
                continue;
            }
            if (other.start == c.start && other.end == c.end) {
                return false;
            }
            if (other.contains(c)) {
                if (!nestable(scan, other, c)) {
                    return false;
                }
            } else if (c.source.ordinal() < other.source.ordinal()) {
                kept.remove(k);
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean nestable(TextScan scan, Candidate outer, Candidate inner) {
        if (outer.source == Candidate.Source.GAZETTEER || inner.source == Candidate.Source.GUESS
                || inner.is(EntityType.PERSON) || outer.is(EntityType.PERSON)) {
            return false;
        }
        return !(inner.type.equals(outer.type) && scan.token(inner.start).lowercase()
                && !scan.token(inner.start).is("ministere"));
    }
}
