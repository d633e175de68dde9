package org.vigie.entities.french.internal.rule;

import org.vigie.entities.api.Features;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.french.internal.lexicon.FrenchLexicon;
import org.vigie.entities.french.internal.lexicon.Gazetteer;
import org.vigie.entities.french.internal.lexicon.GazetteerEntry;
import org.vigie.entities.french.internal.lexicon.PhraseTable;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * Countries, places and organisations of the shipped gazetteer, longest match first. A
 * one-word place that is also a given name and is followed by a capitalised word
 * ({@code Maurice Dupont}) is left to the person rules.
 */
public final class GazetteerRule implements Rule {

    @Override
    public void apply(TextScan scan) {
        Gazetteer gazetteer = scan.lexicon.gazetteer;
        int i = 0;
        while (i < scan.size()) {
            PhraseTable.Match<GazetteerEntry> match = scan.token(i).isWord() ? gazetteer.longestAt(scan.tokens, i) : null;
            if (match == null && scan.token(i).in(WordClass.STATE) && !scan.is(i - 1, "d'")) {
                // "Sécurité d'État de la République populaire de Chine" names no state
                match = stateOf(scan, i);
            }
            if (match == null || looksLikeGivenName(scan, match) || namesAnother(scan, match) || inAPersonsName(scan, match)
                    || afterGivenName(scan, match) || afterRole(scan, match)) {
                i++;
                continue;
            }
            GazetteerEntry entry = match.value();
            if (foreignNationalBody(scan, match)) {
                // "la Police nationale philippine" is not France's Police nationale of the gazetteer
                scan.add(new Candidate(match.start(), match.end() + 1, entry.type(), scan.covered(match.start(), match.end() + 1),
                        Candidate.Source.RULE, 0.8));
                i = match.end() + 1;
                continue;
            }
            scan.add(new Candidate(match.start(), match.end(), entry.type(), entry.canonical(),
                    Candidate.Source.GAZETTEER, 0.9)).with(Features.LINK, entry.link());
            i = match.end();
        }
    }

    /** {@code République du Niger}, {@code Royaume de Thaïlande}: the country, over the whole phrase. */
    private static PhraseTable.Match<GazetteerEntry> stateOf(TextScan scan, int i) {
        int j = i + 1;
        if (!(scan.is(j, "de") || scan.is(j, "du") || scan.is(j, "d'"))) {
            return null;
        }
        j += scan.is(j + 1, "la") || scan.is(j + 1, "l'") ? 2 : 1;
        PhraseTable.Match<GazetteerEntry> country = j < scan.size() ? scan.lexicon.gazetteer.longestAt(scan.tokens, j) : null;
        return country == null || !country.value().link().startsWith("iso:") ? null
                : new PhraseTable.Match<>(i, country.end(), country.value());
    }

    /**
     * A known name that a following word turns into another thing: a cardinal point
     * ({@code Atlantique Nord} is not the ocean of the gazetteer) or, after a national body, another
     * country ({@code Police nationale de Colombie} is not France's {@code Police nationale}).
     */
    private static boolean namesAnother(TextScan scan, PhraseTable.Match<GazetteerEntry> match) {
        int next = match.end();
        if (next >= scan.size()) {
            return false;
        }
        if (scan.token(next).capitalised() && scan.token(next).in(WordClass.CARDINAL_POINT)) {
            return true;
        }
        GazetteerEntry entry = match.value();
        if (placeInAName(scan, match, entry)) {
            return true;
        }
        if (!(scan.is(next, "de") || scan.is(next, "du")) || !entry.type().equals(org.vigie.entities.api.EntityType.ORGANIZATION)
                || !NameKey.fold(entry.canonical()).contains("national")) {
            return false;
        }
        PhraseTable.Match<GazetteerEntry> country = next + 1 < scan.size()
                ? scan.lexicon.gazetteer.longestAt(scan.tokens, next + 1) : null;
        return country != null && country.value().link().startsWith("iso:");
    }

    /** A national body of the gazetteer (France's) followed by another country's adjective. */
    private static boolean foreignNationalBody(TextScan scan, PhraseTable.Match<GazetteerEntry> match) {
        int next = match.end();
        return next < scan.size() && scan.token(next).lowercase() && scan.token(next).in(WordClass.DEMONYM)
                && !scan.token(next).folded().startsWith("franc")
                && match.value().type().equals(org.vigie.entities.api.EntityType.ORGANIZATION)
                && NameKey.fold(match.value().canonical()).contains("national");
    }

    /**
     * {@code le président Lazarus Chakwera}: a one-word organisation of the gazetteer right after a
     * role and before an unknown capitalised word is a person's given name.
     */
    private static boolean afterRole(TextScan scan, PhraseTable.Match<GazetteerEntry> match) {
        if (match.end() - match.start() != 1 || !unknownCapitalised(scan, match.end())
                || !match.value().type().equals(org.vigie.entities.api.EntityType.ORGANIZATION)) {
            return false;
        }
        for (int k = match.start() - 1; k >= 0 && match.start() - k <= 4; k--) {
            PhraseTable.Match<String> role = scan.token(k).lowercase() ? scan.lexicon.roles.longestAt(scan.tokens, k) : null;
            if (role != null && role.end() == match.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code France Travail}, {@code (France 24)}, {@code Malaysia Airlines}: a one-word place glued
     * by one space to an unknown capitalised word (not a given name, an acronym or a sentence's
     * first word), or to a number that ends the phrase, is the first word of another name.
     */
    private static boolean placeInAName(TextScan scan, PhraseTable.Match<GazetteerEntry> match, GazetteerEntry entry) {
        int next = match.end();
        if (match.end() - match.start() != 1 || !entry.type().equals(org.vigie.entities.api.EntityType.LOCATION)
                || scan.token(next).begin() != scan.token(next - 1).end() + 1) {
            return false;
        }
        Token t = scan.token(next);
        if (t.kind() == Token.Kind.NUMBER) {
            return next + 1 < scan.size() && scan.token(next + 1).kind() == Token.Kind.PUNCT && !scan.isPunct(next + 1, '%');
        }
        return unknownCapitalised(scan, next) && !t.acronym() && !t.in(WordClass.FIRST_NAME) && !t.in(WordClass.DEMONYM);
    }

    /**
     * A one-word subdivision beside another capitalised word the gazetteers do not know is part of a
     * person's name ({@code Clare O'Neil}, {@code William Salamanca}), not the county or province.
     */
    private static boolean inAPersonsName(TextScan scan, PhraseTable.Match<GazetteerEntry> match) {
        if (match.end() - match.start() != 1 || !match.value().link().startsWith(FrenchLexicon.SUBDIVISION)) {
            return false;
        }
        return unknownCapitalised(scan, match.start() - 1) || unknownCapitalised(scan, match.end());
    }

    /** A one-word place right after a capitalised given name is that person's surname ({@code Ana Bolivia}). */
    private static boolean afterGivenName(TextScan scan, PhraseTable.Match<GazetteerEntry> match) {
        int before = match.start() - 1;
        return match.end() - match.start() == 1 && before >= 0 && scan.token(before).capitalised()
                && scan.token(before).in(WordClass.FIRST_NAME) && scan.token(before).end() + 1 == scan.token(match.start()).begin()
                && !match.value().type().equals(org.vigie.entities.api.EntityType.ORGANIZATION);
    }

    private static boolean unknownCapitalised(TextScan scan, int i) {
        return i >= 0 && i < scan.size() && scan.token(i).isWord() && scan.token(i).capitalised()
                && !scan.token(i).sentenceStart() && !scan.token(i).in(WordClass.STOPWORD)
                && scan.lexicon.gazetteer.longestAt(scan.tokens, i) == null;
    }

    private static boolean looksLikeGivenName(TextScan scan, PhraseTable.Match<GazetteerEntry> match) {
        int next = match.end();
        return match.end() - match.start() == 1
                && scan.token(match.start()).in(WordClass.FIRST_NAME)
                && next < scan.size() && scan.token(next).capitalised()
                && scan.lexicon.gazetteer.longestAt(scan.tokens, next) == null;
    }
}
