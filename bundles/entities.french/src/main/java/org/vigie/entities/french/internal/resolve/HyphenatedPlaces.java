package org.vigie.entities.french.internal.resolve;

import java.util.ArrayList;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * A place's or an organisation's name that the tokenizer read part by part because it ends in a
 * compound of capitalised words ({@code Pont-Sondé}, {@code Darfour-Nord}, {@code Comité
 * international de la Croix-Rouge}) is the whole compound: a rule that found only its first part
 * ({@code commune de Pont}) is given the rest. A compound of
 * two known names ({@code Vietnam-États-Unis}) is two places; a known place followed by another
 * word is left alone too, except a cardinal point ({@code Darfour-Nord} is not Darfour).
 */
public final class HyphenatedPlaces {

    private HyphenatedPlaces() {
    }

    public static void extend(TextScan scan) {
        for (Candidate c : new ArrayList<>(scan.candidates)) {
            if (!c.is(EntityType.LOCATION) && !(c.is(EntityType.ORGANIZATION) && c.source != Candidate.Source.GAZETTEER)) {
                continue;
            }
            if (c.is(EntityType.LOCATION) && c.source == Candidate.Source.GAZETTEER && unknownBefore(scan, c.start)) {
                c = extendLeft(scan, c);
            }
            int end = c.end;
            while (gluedCapitalised(scan, end) && (c.source != Candidate.Source.GAZETTEER
                    ? scan.lexicon.gazetteer.longestAt(scan.tokens, end + 1) == null
                    : scan.token(end + 1).in(WordClass.CARDINAL_POINT))) {
                end += 2;
            }
            if (end > c.end) {
                scan.remove(c);
                String value = c.source == Candidate.Source.GAZETTEER ? scan.covered(c.start, end)
                        : c.value + scan.covered(c.end, end);
                Candidate whole = new Candidate(c.start, end, c.type, value, c.source, c.confidence);
                c.features.forEach((k, v) -> {
                    if (!k.equals(Features.LINK)) {
                        whole.with(k, v);
                    }
                });
                scan.add(whole);
                for (Candidate part : new ArrayList<>(scan.coveringAll(c.end + 1))) {
                    // "Rouge (CICR)": a name read from the compound's last part is the whole's
                    if (part.type.equals(c.type) && part.start > c.end && part.end <= end) {
                        scan.remove(part);
                        part.features.forEach(whole::with);
                    }
                }
            }
        }
    }

    /** {@code Sistan-} before a known {@code Baloutchistan}: an unknown capitalised word glued by a hyphen. */
    private static boolean unknownBefore(TextScan scan, int start) {
        if (start < 2 || !gluedCapitalised(scan, start - 1) || !scan.token(start - 2).isWord()
                || !scan.token(start - 2).capitalised() || scan.lexicon.gazetteer.longestAt(scan.tokens, start - 2) != null) {
            return false;
        }
        Candidate before = scan.coveringAt(start - 2);
        // "province du Sistan-": a context rule may have read the unknown part alone as a place
        return before == null || before.is(EntityType.LOCATION) && before.source != Candidate.Source.GAZETTEER
                && before.start == start - 2 && before.end == start - 1;
    }

    /** The place with the unknown word before it: {@code Sistan-Baloutchistan} is one region, not Baloutchistan. */
    private static Candidate extendLeft(TextScan scan, Candidate c) {
        scan.remove(c);
        Candidate part = scan.coveringAt(c.start - 2);
        if (part != null) {
            scan.remove(part);
        }
        Candidate whole = new Candidate(c.start - 2, c.end, c.type, scan.covered(c.start - 2, c.end), c.source, c.confidence);
        c.features.forEach((k, v) -> {
            if (!k.equals(Features.LINK)) {
                whole.with(k, v);
            }
        });
        scan.add(whole);
        return whole;
    }

    /** {@code -Word} glued to token {@code i - 1}, the word capitalised. */
    private static boolean gluedCapitalised(TextScan scan, int i) {
        return i + 1 < scan.size() && scan.isPunct(i, '-') && scan.token(i).begin() == scan.token(i - 1).end()
                && scan.token(i + 1).begin() == scan.token(i).end() && scan.token(i + 1).isWord()
                && scan.token(i + 1).capitalised();
    }
}
