package org.vigie.entities.french.internal;

import org.vigie.entities.api.Features;

/**
 * Countries, places and organisations of the shipped gazetteer, longest match first. A
 * one-word place that is also a given name and is followed by a capitalised word
 * ({@code Maurice Dupont}) is left to the person rules.
 */
final class GazetteerRule implements Rule {

    @Override
    public void apply(TextScan scan) {
        Gazetteer gazetteer = scan.lexicon.gazetteer;
        int i = 0;
        while (i < scan.size()) {
            PhraseTable.Match<GazetteerEntry> match = scan.token(i).isWord() ? gazetteer.longestAt(scan.tokens, i) : null;
            if (match == null || looksLikeGivenName(scan, match)) {
                i++;
                continue;
            }
            GazetteerEntry entry = match.value();
            scan.add(new Candidate(match.start(), match.end(), entry.type(), entry.canonical(),
                    Candidate.Source.GAZETTEER, 0.9)).with(Features.LINK, entry.link());
            i = match.end();
        }
    }

    private static boolean looksLikeGivenName(TextScan scan, PhraseTable.Match<GazetteerEntry> match) {
        int next = match.end();
        return match.end() - match.start() == 1
                && scan.lexicon.firstNames.contains(scan.token(match.start()).folded())
                && next < scan.size() && scan.token(next).capitalised()
                && scan.lexicon.gazetteer.longestAt(scan.tokens, next) == null;
    }
}
