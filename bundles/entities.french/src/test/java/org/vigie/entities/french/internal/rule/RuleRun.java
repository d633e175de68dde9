package org.vigie.entities.french.internal.rule;

import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.vigie.entities.french.internal.Scans;
import org.vigie.entities.french.internal.Spans;
import org.vigie.entities.french.internal.grammar.PhraseGrammar;
import org.vigie.entities.french.internal.grammar.RoleReader;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;

/**
 * Runs rules alone, without the extractor, on a {@link Scans} of a text: the candidates a rule adds,
 * rendered as {@link Spans} in text order (before overlaps are settled and
 * values resolved, which the extractor's tests cover).
 */
final class RuleRun {

    static final PhraseGrammar GRAMMAR = new PhraseGrammar(Scans.LEXICON);
    static final RoleReader ROLES = new RoleReader(GRAMMAR);

    private RuleRun() {
    }

    /** The candidates {@code rule} adds to {@code text} after the rules {@code before} ran, as spans. */
    static List<String> spans(String text, Rule rule, Rule... before) {
        TextScan scan = Scans.of(text);
        for (Rule r : before) {
            r.apply(scan);
        }
        Set<Candidate> earlier = Collections.newSetFromMap(new IdentityHashMap<>());
        earlier.addAll(scan.candidates);
        rule.apply(scan);
        return scan.candidates.stream().filter(c -> !earlier.contains(c))
                .sorted(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> c.end))
                .map(c -> span(scan, c)).toList();
    }

    /** The candidate found over exactly this text, after the rules ran in order. */
    static Candidate candidate(String text, String covered, Rule... rules) {
        TextScan scan = Scans.of(text);
        for (Rule r : rules) {
            r.apply(scan);
        }
        return scan.candidates.stream().filter(c -> scan.covered(c.start, c.end).equals(covered)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate '" + covered + "' in " + scan.candidates));
    }

    static String span(TextScan scan, Candidate c) {
        return Spans.of(scan.token(c.start).begin(), scan.token(c.end - 1).end(), c.type, scan.covered(c.start, c.end),
                c.value);
    }
}
