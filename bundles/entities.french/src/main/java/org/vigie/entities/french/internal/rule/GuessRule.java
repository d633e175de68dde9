package org.vigie.entities.french.internal.rule;

import java.util.Set;
import java.util.regex.Pattern;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.french.internal.grammar.PersonNames;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;
import org.vigie.entities.french.internal.text.WordTable;

/**
 * Weak evidence, used last and losing every overlap: an unknown word in capitals is an
 * organisation's acronym ({@code OFAC}, {@code KBS}), and an unknown capitalised name after
 * {@code à}, {@code en}, {@code au} or {@code aux} is a place ({@code à Skopje}), and so is one
 * followed by a comma and its country ({@code Wiesbaden, en Allemagne}). Roman numerals,
 * units, generic abbreviations and words of an all-capitals line are not acronyms.
 */
public final class GuessRule implements Rule {

    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
    private static final WordTable NOT_ACRONYMS = WordTable.of("PDG", "USD", "EUR", "CHF", "GMT", "UTC", "TVA", "PIB",
            "ADN", "VIH", "SIDA", "COVID", "ONG", "PME", "TV", "IA", "AI", "OK", "CEO", "FAQ", "PDF", "URL", "HTML",
            "GPS", "SMS", "USB", "LGBT", "BTP", "RER", "TGV", "SUV", "NB", "PS", "VIP", "DVD", "CD", "KM", "KG",
            "MW", "GW", "KW", "MM", "CM", "PC", "QG", "HLM", "RSA", "TTC", "HT", "PV", "NDLR", "AFP", "LNG", "GNL", "GPL");

    @Override
    public void apply(TextScan scan) {
        Set<String> named = new java.util.HashSet<>();
        for (Candidate c : scan.candidates) {
            named.add(NameKey.fold(scan.covered(c.start, c.end)));
        }
        for (int i = 0; i < scan.size(); i++) {
            Token t = scan.token(i);
            int dateline = t.acronym() ? datelineEnd(scan, i) : -1;
            if (dateline > 0) {
                if (scan.coveringAt(i) == null && scan.coveringAt(dateline - 1) == null) {
                    scan.add(new Candidate(i, dateline, EntityType.LOCATION, scan.covered(i, dateline), Candidate.Source.GUESS, 0.4));
                }
                i = dateline - 1;
            } else if (t.acronym() && t.text().length() >= 3 && !ROMAN.matcher(t.text()).matches()
                    && !NOT_ACRONYMS.contains(t.text()) && !Identifiers.isCode(scan, i) && !capitalsLine(scan, i) && scan.coveringAt(i) == null) {
                scan.add(new Candidate(i, i + 1, EntityType.ORGANIZATION, t.text(), Candidate.Source.GUESS, 0.4));
            } else if (t.in(WordClass.PLACE_PREPOSITION) && i + 1 < scan.size()
                    && (t.lowercase() || t.sentenceStart() && t.text().equals("\u00c0") && scan.isPunct(nameEnd(scan, i + 1), ','))) {
                place(scan, i + 1, named);
            } else if (t.lowercase() && locativeEnd(scan, i) > 0) {
                int at = locativeEnd(scan, i);
                place(scan, at, named);
                andAnother(scan, at, named);
            } else if (t.capitalised() && !t.sentenceStart() && (inCountry(scan, i) || bracketedPlace(scan, i))) {
                place(scan, i, named);
            }
        }
    }

    private static void place(TextScan scan, int name, Set<String> named) {
        int at = name;
        while (at >= 2 && glued(scan, at - 2) && scan.token(at - 2).capitalised() && scan.coveringAt(at - 2) == null) {
            at -= 2; // "Pointe-Noire, au Congo": the compound is the name, not its last part
        }
        Token t = scan.token(at);
        if (!t.capitalised() || t.acronym() || PersonNames.isHonorific(scan, at)
                || named.contains(t.folded()) || t.in(WordClass.STOPWORD) || scan.coveringAt(at) != null
                || t.in(WordClass.FIRST_NAME) || scan.lexicon.roles.longestAt(scan.tokens, at) != null) {
            return;
        }
        int end = Math.max(at + 1, name + 1);
        while (end < scan.size() && end - at < 5) {
            int next = glued(scan, end - 1) ? end + 2 : end + 1;
            Token last = scan.token(next - 1);
            if (next > scan.size() || !last.capitalised() || last.in(WordClass.STOPWORD) || scan.coveringAt(next - 1) != null
                    || PersonNames.blankLineBefore(scan, end)) { // a title's last word and the dateline are two
                break;
            }
            end = next;
        }
        scan.add(new Candidate(at, end, EntityType.LOCATION, scan.covered(at, end), Candidate.Source.GUESS, 0.4));
    }

    /** Whether token i is joined to the next word by a hyphen with no space ({@code Pointe-Noire}). */
    private static boolean glued(TextScan scan, int i) {
        return i + 2 < scan.size() && scan.isPunct(i + 1, '-') && scan.token(i + 1).begin() == scan.token(i).end()
                && scan.token(i + 2).begin() == scan.token(i + 1).end() && scan.token(i + 2).isWord();
    }

    /** {@code Wiesbaden, en Allemagne}, {@code Red Deer, en Alberta}: a name, {@code , en|au|aux} and a country or a subdivision. */
    private static boolean inCountry(TextScan scan, int i) {
        if (!scan.isPunct(i + 1, ',') || !(scan.is(i + 2, "en") || scan.is(i + 2, "au") || scan.is(i + 2, "aux"))) {
            return false;
        }
        Candidate country = scan.coveringAt(i + 3, EntityType.LOCATION);
        return country != null && country.start == i + 3 && country.features.getOrDefault(
                org.vigie.entities.api.Features.LINK, "").startsWith("iso"); // iso: or iso-2:
    }

    /**
     * {@code MAMOUDZOU (Agence) -}, {@code KIDAL -} or {@code PORT LOUIS (Agence) -} at a sentence
     * start: a dateline, the town the story is filed from, in capitals (up to three words); not
     * acronyms. Returns the end of the town's name, or -1.
     */
    private static int datelineEnd(TextScan scan, int i) {
        if (!scan.token(i).sentenceStart()) {
            return -1;
        }
        int end = i + 1;
        // "COMMUNIQUÉ DE PRESSE -" is a heading: a town's words are no function words
        while (end < scan.size() && end - i < 3 && scan.token(end).isWord() && scan.token(end).acronym()
                && !scan.token(end).in(WordClass.NAME_BREAK)) {
            end++;
        }
        if (end == i + 1 && scan.token(i).text().length() < 4) {
            return -1;
        }
        return dateline(scan, end) ? end : -1;
    }

    /** Whether a dateline's bracketed agency (if any) and its dash follow at {@code after}. */
    private static boolean dateline(TextScan scan, int after) {
        int open = after;
        if (scan.isPunct(after, '(')) {
            while (after < scan.size() && after - open < 8 && !scan.isPunct(after, ')')) {
                after++;
            }
            after++;
        }
        return scan.isPunct(after, '-') || scan.isPunct(after, '\u2013') || scan.isPunct(after, '\u2014');
    }

    /**
     * {@code vers Sake}, {@code près de Gondar}, {@code autour de X}, {@code aux abords de X}: where a
     * name after a phrase that only locates starts, or -1.
     */
    private static int locativeEnd(TextScan scan, int i) {
        if (scan.is(i, "vers")) {
            return i + 1;
        }
        boolean near = scan.is(i, "pres") || scan.is(i, "autour") || scan.is(i, "abords") && scan.is(i - 1, "aux");
        return near && (scan.is(i + 1, "de") || scan.is(i + 1, "d'")) && i + 2 < scan.size() ? i + 2 : -1;
    }

    /** {@code près de Gondar et de Bahir Dar}: a second name after {@code et de} is a place too. */
    private static void andAnother(TextScan scan, int at, Set<String> named) {
        int end = nameEnd(scan, at);
        if (end > at && scan.is(end, "et") && (scan.is(end + 1, "de") || scan.is(end + 1, "d'")) && end + 2 < scan.size()) {
            place(scan, end + 2, named);
        }
    }

    /** The end of the run of capitalised words from i ({@code À Port Harcourt, ...}). */
    private static int nameEnd(TextScan scan, int i) {
        int end = i;
        while (end < scan.size() && end - i < 4 && scan.token(end).capitalised()) {
            end++;
        }
        return end;
    }

    /**
     * {@code Saint-Quay (Côtes-d'Armor)}: a name followed by its département or region in brackets,
     * the way French news locates a small town. Not a name followed by a country ({@code Interpol
     * (France)} is no place), nor anything else in brackets.
     */
    private static boolean bracketedPlace(TextScan scan, int i) {
        if (!scan.isPunct(i + 1, '(') || scan.coveringAt(i) != null) {
            return false;
        }
        Candidate region = scan.coveringAt(i + 2, EntityType.LOCATION);
        return region != null && region.start == i + 2 && scan.isPunct(region.end, ')')
                && region.features.getOrDefault(org.vigie.entities.api.Features.LINK, "").startsWith("iso-2:");
    }

    /** Whether the words around i are in capitals too (a headline or a banner, not an acronym). */
    private static boolean capitalsLine(TextScan scan, int i) {
        int capitals = 0;
        for (int j = Math.max(0, i - 2); j < Math.min(scan.size(), i + 3); j++) {
            if (j != i && scan.token(j).isWord() && scan.token(j).acronym()) {
                capitals++;
            }
        }
        return capitals >= 2;
    }
}
