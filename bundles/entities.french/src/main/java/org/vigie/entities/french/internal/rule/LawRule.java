package org.vigie.entities.french.internal.rule;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.french.internal.grammar.Adjectives;
import org.vigie.entities.french.internal.grammar.NamePhrase;
import org.vigie.entities.french.internal.grammar.PersonNames;
import org.vigie.entities.french.internal.grammar.PhraseGrammar;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * Legal instruments: a capitalised head ({@code Convention}, {@code Loi}, {@code Traité},
 * {@code Accord}, {@code Stratégie}, ...) with its complement ({@code Loi sur la cybersécurité},
 * {@code Convention des Nations Unies contre la cybercriminalité}), and numbered resolutions in
 * any case ({@code Résolution 57}, {@code résolution 2752 (2024)}, {@code règlement (UE) n° 833/2014}),
 * and instruments counted in points in any case ({@code consensus en cinq points}, {@code plan en
 * dix points}: an instrument noun, {@code en}, a number, {@code points}). A head alone
 * ({@code la Convention}) names nothing.
 */
public final class LawRule implements Rule {

    private final PhraseGrammar grammar;

    public LawRule(PhraseGrammar grammar) {
        this.grammar = grammar;
    }

    @Override
    public void apply(TextScan scan) {
        for (int i = 0; i < scan.size(); i++) {
            Token head = scan.token(i);
            if (head.capitalised() && head.in(WordClass.DATED_PROGRAMME) && horizonYear(scan, i + 1)) {
                scan.add(new Candidate(i, i + 2, EntityType.LAW, scan.covered(i, i + 2), Candidate.Source.RULE, 0.75));
                continue;
            }
            if (head.capitalised() && head.text().equals("Act") && englishActStart(scan, i) < i) {
                // "Online Safety Act", "Foreign Agents Registration Act": an English statute
                int start = englishActStart(scan, i);
                scan.add(new Candidate(start, i + 1, EntityType.LAW, scan.covered(start, i + 1), Candidate.Source.RULE, 0.75));
                continue;
            }
            if (!head.isWord() || !head.in(WordClass.LAW_HEAD) && !head.in(WordClass.POINTED)) {
                continue;
            }
            int numbered = numberedEnd(scan, i);
            if (numbered > 0) {
                scan.add(new Candidate(i, numbered, EntityType.LAW, NamePhrase.value(scan, i, numbered, null),
                        Candidate.Source.RULE, 0.85));
            } else if (pointsEnd(scan, i) > 0) {
                int end = pointsEnd(scan, i);
                scan.add(new Candidate(i, end, EntityType.LAW, scan.covered(i, end), Candidate.Source.RULE, 0.75));
            } else if (head.lowercase() && quotedEnd(scan, i) > 0) {
                int end = quotedEnd(scan, i);
                scan.add(new Candidate(i, end, EntityType.LAW, head.text() + " " + scan.covered(i + 2, end - 1),
                        Candidate.Source.RULE, 0.7));
            } else if (head.lowercase() && subjectEnd(scan, i) > 0) {
                int end = subjectEnd(scan, i);
                scan.add(new Candidate(i, end, EntityType.LAW, scan.covered(i, end), Candidate.Source.RULE, 0.65));
            } else if (head.lowercase() && head.in(WordClass.LAW_HEAD) && lowerCaseEnd(scan, i) > i + 1) {
                int end = lowerCaseEnd(scan, i);
                scan.add(new Candidate(i, end, EntityType.LAW, scan.covered(i, end), Candidate.Source.RULE, 0.7));
            } else if (head.capitalised() && head.in(WordClass.LAW_HEAD)) {
                int end = grammar.complementEnd(scan, i + 1, false, false);
                if (end > i + 1) {
                    scan.add(new Candidate(i, end, EntityType.LAW, NamePhrase.value(scan, i, end, null),
                            Candidate.Source.RULE, 0.75));
                } else if (head.is("constitution") && !head.sentenceStart()
                        && (scan.is(i - 1, "la") || scan.is(i - 1, "nouvelle") && scan.token(i - 1).lowercase())
                        && !insideBodyName(scan, i) && !namedLonger(scan, i)) {
                    // "inscrire dans la Constitution": the country's own, capitalised as French writes it
                    scan.add(new Candidate(i, i + 1, EntityType.LAW, head.text(), Candidate.Source.RULE, 0.7));
                }
            }
        }
    }

    /**
     * An instrument named in lower case, or -1: its words up to an acronym of its initial in
     * brackets ({@code traité sur le commerce des armes (TCA)}); a treaty, charter, protocol,
     * declaration or pact named after a city, without article ({@code déclaration de Lomé},
     * {@code protocole de Kyoto}, not {@code la déclaration de la France}); a treaty, pact or
     * accord named by a capitalised word ({@code traité Open Skies}).
     */
    private static int lowerCaseEnd(TextScan scan, int i) {
        int bracket = OrganizationRule.toBracketedAcronym(scan, i, i + 1, 10);
        if (bracket > i + 1) {
            return bracket;
        }
        Token head = scan.token(i);
        // "déclaration conjointe de Kuala Lumpur": an adjective of joint or final texts may come first
        int of = scan.is(i + 1, "conjointe") || scan.is(i + 1, "commune") || scan.is(i + 1, "finale") ? i + 2 : i + 1;
        if ((scan.is(of, "de") || scan.is(of, "d'")) && !head.is("accord") && of + 1 < scan.size()) {
            Candidate place = scan.coveringAt(of + 1, EntityType.LOCATION);
            if (place != null && place.start == of + 1 && place.source == Candidate.Source.GAZETTEER
                    && !place.features.getOrDefault(Features.LINK, "").startsWith("iso:")) {
                return place.end;
            }
        }
        if (head.is("charte") && scan.is(i - 1, "la") && scan.is(i + 1, "de") && (scan.is(i + 2, "la") || scan.is(i + 2, "l'"))
                && i + 3 < scan.size() && scan.token(i + 3).lowercase() && scan.token(i + 3).isWord()
                && !scan.token(i + 3).in(WordClass.FUNCTION_WORD)) {
            return i + 4; // "la charte de la transition": a charter with the definite article names one text
        }
        boolean named = head.is("traite") || head.is("pacte") || head.is("accord") || head.is("accords");
        if (named && i + 1 < scan.size() && scan.token(i + 1).capitalised() && !scan.token(i + 1).sentenceStart()
                && scan.coveringAt(i + 1) == null) {
            int end = i + 2;
            while (end < scan.size() && end - i < 4 && scan.token(end).capitalised() && scan.coveringAt(end) == null) {
                end++;
            }
            return end;
        }
        return -1;
    }

    /**
     * {@code la convention sur les armes à sous-munitions}, {@code la loi sur le secret bancaire}: a
     * treaty, convention, protocol or law with the definite article, named in lower case by its subject
     * ({@code sur}, {@code contre}, {@code relatif à}) of three words or more; {@code l'accord de paix
     * de 2018}, {@code l'accord de cessez-le-feu d'Alger}: a peace or ceasefire accord named by its
     * year or its place. The end, or -1.
     */
    private int subjectEnd(TextScan scan, int i) {
        Token head = scan.token(i);
        if (!(scan.is(i - 1, "la") || scan.is(i - 1, "le") || scan.is(i - 1, "l'")) || i + 3 >= scan.size()) {
            return -1;
        }
        if (head.is("accord") && scan.is(i + 1, "de") && (scan.is(i + 2, "paix") || scan.is(i + 2, "cessez-le-feu"))
                && (scan.is(i + 3, "de") || scan.is(i + 3, "d'")) && i + 4 < scan.size()) {
            Token what = scan.token(i + 4);
            boolean year = what.kind() == Token.Kind.NUMBER && what.text().length() == 4 && what.text().chars().allMatch(Character::isDigit);
            Candidate place = scan.coveringAt(i + 4, EntityType.LOCATION);
            return year ? i + 5 : place != null && place.start == i + 4 ? place.end
                    : what.capitalised() && scan.coveringAt(i + 4) == null ? i + 5 : -1;
        }
        boolean instrument = head.is("convention") || head.is("traite") || head.is("protocole") || head.is("loi")
                || head.is("accord");
        if (!instrument || !(scan.is(i + 1, "sur") || scan.is(i + 1, "contre") || scan.is(i + 1, "relatif")
                || scan.is(i + 1, "relative"))) {
            return -1;
        }
        for (int k = 0; k < scan.size(); k++) {
            if (scan.token(k).capitalised() && scan.token(k).folded().equals(head.folded())) {
                return -1; // the document names its Convention: "la convention sur la lutte contre X" is a paraphrase of it
            }
        }
        int end = grammar.complementEnd(scan, i + 1, false, false);
        for (int k = i + 2; k + 1 < end; k++) {
            if (scan.is(k, "et") && (scan.is(k + 1, "des") || scan.is(k + 1, "du") || scan.is(k + 1, "de") || scan.is(k + 1, "d'"))) {
                end = k; // "loi sur le secret bancaire et des sanctions": "et des" goes back to what was violated
            }
        }
        if (scan.is(end, "a") && end + 1 < scan.size() && scan.token(end + 1).lowercase() && scan.token(end + 1).isWord()
                && !scan.token(end + 1).in(WordClass.FUNCTION_WORD) && !scan.token(end + 1).in(WordClass.STOPWORD)) {
            end += 2; // "armes à sous-munitions": a noun's complement in "à"
        }
        return end >= i + 4 ? end : -1;
    }

    /** {@code Office fédéral de protection de la Constitution}: the word ends an organisation's name. */
    private static boolean insideBodyName(TextScan scan, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 6; k--) {
            Token t = scan.token(k);
            if (t.capitalised()) {
                return t.in(WordClass.ORGANIZATION_HEAD);
            }
            if (!t.isWord() && t.kind() != Token.Kind.ELISION) {
                return false;
            }
        }
        return false;
    }

    /** {@code la Constitution de 1962} elsewhere in the document: the bare head is its short form. */
    private static boolean namedLonger(TextScan scan, int i) {
        for (int k = 0; k + 1 < scan.size(); k++) {
            if (k != i && scan.token(k).capitalised() && scan.token(k).folded().equals(scan.token(i).folded())
                    && (scan.is(k + 1, "de") || scan.is(k + 1, "du") || scan.is(k + 1, "d'") || scan.token(k + 1).in(WordClass.DEMONYM))) {
                return true;
            }
        }
        return false;
    }

    /** The first of the capitalised words (at most five) before an English {@code Act}; {@code act} itself when none. */
    private static int englishActStart(TextScan scan, int act) {
        int start = act;
        while (start > 0 && act - start < 5 && scan.token(start - 1).isWord() && scan.token(start - 1).capitalised()
                && !scan.token(start - 1).in(WordClass.NAME_BREAK) && !PersonNames.blankLineBefore(scan, start)) {
            start--;
        }
        return start;
    }

    /** {@code le plan « Mayotte debout »}: a lower-case head and a capitalised name in quotes; the end after {@code »}, or -1. */
    private static int quotedEnd(TextScan scan, int i) {
        if (!scan.isPunct(i + 1, '\u00ab') || i + 2 >= scan.size() || !scan.token(i + 2).capitalised()) {
            return -1;
        }
        for (int k = i + 3; k < scan.size() && k - i < 8; k++) {
            if (scan.isPunct(k, '\u00bb')) {
                return k + 1;
            }
            if (scan.token(k).kind() == Token.Kind.PUNCT) {
                return -1;
            }
        }
        return -1;
    }

    /** {@code Agenda 2063}, {@code Vision 2030}: a year of this century or the next right after the head. */
    private static boolean horizonYear(TextScan scan, int j) {
        if (j >= scan.size() || scan.token(j).kind() != Token.Kind.NUMBER) {
            return false;
        }
        String year = scan.token(j).text();
        return year.length() == 4 && year.chars().allMatch(Character::isDigit) && year.startsWith("20");
    }

    /** {@code consensus en cinq points}: the end, or -1. */
    private static int pointsEnd(TextScan scan, int i) {
        if (!scan.token(i).in(WordClass.POINTED) || !scan.is(i + 1, "en") || !scan.is(i + 3, "points")) {
            return -1;
        }
        Token count = scan.token(i + 2);
        return count.kind() == Token.Kind.NUMBER || count.in(WordClass.COUNT) ? i + 4 : -1;
    }

    /** {@code Résolution 57}, {@code résolution n° 2752 (2024)}, {@code Loi 24/2018}: the end, or -1. */
    private int numberedEnd(TextScan scan, int i) {
        if (!scan.token(i).in(WordClass.NUMBERED_LAW)) {
            return -1;
        }
        int j = i + 1;
        if (Adjectives.isAdjective(scan, j) && j + 1 < scan.size() && scan.token(j + 1).kind() == Token.Kind.NUMBER) {
            j++; // décret présidentiel 13694
        }
        if (scan.isPunct(j, '(') && j + 2 < scan.size() && scan.token(j + 1).acronym() && scan.isPunct(j + 2, ')')) {
            j += 3; // règlement (UE) n° 833/2014
        }
        if (scan.is(j, "n") || scan.is(j, "no") || scan.is(j, "n°")) {
            j += scan.isPunct(j + 1, '°') ? 2 : 1;
        }
        if (j >= scan.size() || scan.token(j).kind() != Token.Kind.NUMBER) {
            return -1;
        }
        j++;
        if (scan.isPunct(j, '/') && j + 1 < scan.size() && scan.token(j + 1).kind() == Token.Kind.NUMBER
                && scan.token(j).begin() == scan.token(j - 1).end()) {
            j += 2; // Loi 24/2018, directive (UE) 2022/2555
        }
        if (scan.isPunct(j, '(') && j + 2 < scan.size() && scan.token(j + 1).kind() == Token.Kind.NUMBER
                && scan.token(j + 1).text().length() == 4 && scan.isPunct(j + 2, ')')) {
            j += 3;
        }
        return j;
    }
}
