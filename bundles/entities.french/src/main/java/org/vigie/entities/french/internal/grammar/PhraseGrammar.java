package org.vigie.entities.french.internal.grammar;

import org.vigie.entities.french.internal.lexicon.FrenchLexicon;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * The complement of a French name phrase: what follows a head noun such as {@code ministère},
 * {@code Convention} or {@code vice-ministre}. It reads prepositional groups
 * ({@code de la Sécurité publique}, {@code contre la drogue et le crime}, {@code d'Interpol}),
 * adjectives ({@link Adjectives}: {@code nationale}, {@code publique}, {@code liée aux}),
 * {@code et}-coordinations ({@code de la Justice et du Développement constitutionnel}) and, when
 * allowed, a comma before {@code de} ({@code des forces spéciales, de la sécurité}). It stops at
 * a verb, a relative pronoun, a bracket or other punctuation. A single forward pass over tokens,
 * no regular expression, so no backtracking. Over 150 lines because it is one grammar: a group,
 * a coordination and a noun call one another, each returning where the phrase goes on.
 */
public final class PhraseGrammar {

    public static final int MAX_TOKENS = 30;
    private final FrenchLexicon lexicon;

    public PhraseGrammar(FrenchLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The end (exclusive) of the complement that starts at {@code from}; {@code from} itself when
     * there is none.
     *
     * @param commas whether {@code , de ...} continues the phrase
     * @param roleMode whether {@code à la ...} and {@code en exercice} belong to it (roles do)
     */
    public int complementEnd(TextScan scan, int from, boolean commas, boolean roleMode) {
        int pos = from;
        int limit = Math.min(scan.size(), from + MAX_TOKENS);
        while (pos < limit) {
            if (dateAt(scan, pos)) {
                // "Mouvement du 23 mars" is named by its date; "Agence de sécurité du 5 juin" ends before it
                if (pos > from) {
                    break;
                }
                pos += 3;
                continue;
            }
            int next = afterPlace(scan, pos) || complexPreposition(scan, pos) ? -1 : group(scan, pos, roleMode);
            if (next < 0 && pos > from && (scan.is(pos, "et") || commas && scan.isPunct(pos, ','))) {
                next = coordination(scan, pos + 1, roleMode);
            }
            if (next < 0 && (Adjectives.isAdjective(scan, pos) || pos > from && Adjectives.agreeingPlural(scan, pos))) {
                next = pos + 1;
            }
            if (next < 0 && !roleMode && pos > from && Adjectives.finalQualifier(scan, pos)) {
                pos++;
                break;
            }
            if (next < 0) {
                break;
            }
            pos = next;
        }
        return pos;
    }

    /** {@code du 23 mars}, {@code du 1er août}: {@code du} or {@code de}, a day and a month. */
    private static boolean dateAt(TextScan scan, int i) {
        return i + 2 < scan.size() && (scan.is(i, "du") || scan.is(i, "de")) && scan.token(i + 2).in(WordClass.MONTH)
                && (scan.token(i + 1).kind() == Token.Kind.NUMBER || scan.is(i + 1, "1er"));
    }

    /**
     * A complex preposition ({@code au cœur de}, {@code au sein des}, {@code à la tête du},
     * {@code aux côtés de}) starts no complement: it ends the name before it ({@code ministère de
     * la Sécurité publique au cœur de la cybersécurité}).
     */
    static boolean complexPreposition(TextScan scan, int i) {
        int noun = scan.is(i, "au") || scan.is(i, "aux") ? i + 1 : scan.is(i, "a") && (scan.is(i + 1, "la") || scan.is(i + 1, "l'")) ? i + 2 : -1;
        return noun > 0 && noun + 1 < scan.size() && scan.token(noun).in(WordClass.LOCUTION_NOUN)
                && (scan.is(noun + 1, "de") || scan.is(noun + 1, "du") || scan.is(noun + 1, "des") || scan.is(noun + 1, "d'"));
    }

    /** After a place name {@code pour}, {@code au} and {@code aux} end the name: {@code Convention de Hanoï pour ...}. */
    private static boolean afterPlace(TextScan scan, int i) {
        return i > 0 && i < scan.size() && (scan.is(i, "pour") || scan.is(i, "au") || scan.is(i, "aux"))
                && scan.token(i - 1).capitalised()
                && scan.coveringAt(i - 1, org.vigie.entities.api.EntityType.LOCATION) != null;
    }

    /**
     * {@code en matière pénale}, and {@code relative à l'entraide judiciaire} (the adjective and its
     * {@code à} belong to the name): the group's end, or -1. Apart from {@link #group} so that it
     * stays small enough for the JIT to inline.
     */
    private int adjectivalGroup(TextScan scan, int i) {
        if (scan.is(i, "en") && scan.is(i + 1, "matiere") && Adjectives.isAdjective(scan, i + 2)) {
            return i + 3;
        }
        int relative = relativeTo(scan, i);
        return relative > 0 ? nounAt(scan, relative, false) : -1;
    }

    /** {@code relatif à}, {@code relative aux}: where the noun after it starts, or -1. */
    private static int relativeTo(TextScan scan, int i) {
        Token t = scan.token(i);
        if (!t.lowercase() || !t.in(WordClass.RELATIVE) || i + 2 >= scan.size()) {
            return -1;
        }
        if (scan.is(i + 1, "au") || scan.is(i + 1, "aux")) {
            return i + 2;
        }
        return scan.is(i + 1, "a") && (scan.is(i + 2, "la") || scan.is(i + 2, "l'")) ? i + 3 : -1;
    }

    /** {@code dans le domaine de}, {@code en matière de}: the end of the connector, or -1. */
    private static int connector(TextScan scan, int i) {
        if (scan.is(i, "dans") && scan.is(i + 1, "le") && scan.is(i + 2, "domaine")
                && (scan.is(i + 3, "de") || scan.is(i + 3, "du") || scan.is(i + 3, "des") || scan.is(i + 3, "d'"))) {
            return i + 3;
        }
        return scan.is(i, "en") && scan.is(i + 1, "matiere") && (scan.is(i + 2, "de") || scan.is(i + 2, "d'"))
                ? i + 2 : -1;
    }

    /** A prepositional group at {@code i}: its end, or -1. */
    private int group(TextScan scan, int i, boolean roleMode) {
        if (i >= scan.size()) {
            return -1;
        }
        int connected = connector(scan, i);
        if (connected > 0) {
            return group(scan, connected, roleMode);
        }
        int adjectival = adjectivalGroup(scan, i);
        if (adjectival > 0) {
            return adjectival;
        }
        Token t = scan.token(i);
        boolean preposition = t.in(WordClass.PREPOSITION)
                || roleMode && t.is("a") && t.lowercase() && (scan.is(i + 1, "la") || scan.is(i + 1, "l'"));
        if (!preposition) {
            return roleMode && t.is("en") && i + 1 < scan.size() && scan.token(i + 1).lowercase()
                    && !scan.token(i + 1).in(WordClass.FUNCTION_WORD) ? i + 2 : -1;
        }
        int j = i + 1;
        boolean article = j < scan.size() && scan.token(j).in(WordClass.ARTICLE);
        if (article && !t.is("des") && !t.is("du") && !t.is("aux") && !t.is("au")) {
            j++;
        }
        return !roleMode && roleBeforeName(scan, j) ? -1 : nounAt(scan, j, !article && (t.is("de") || t.is("d'")));
    }

    /** {@code Armée nationale libyenne du maréchal Khalifa Haftar}: a role and a name after it are a person, not the complement. */
    private boolean roleBeforeName(TextScan scan, int j) {
        if (j >= scan.size() || !scan.token(j).lowercase()) {
            return false;
        }
        var role = lexicon.roles.longestAt(scan.tokens, j);
        return role != null && role.end() < scan.size() && scan.token(role.end()).capitalised()
                && (scan.token(role.end()).in(WordClass.FIRST_NAME) || scan.token(role.end()).in(WordClass.GIVEN_NAME)
                || role.end() + 1 < scan.size() && scan.token(role.end() + 1).capitalised());
    }

    /** After {@code et} or a comma: another group, an article and noun, or an adjective. */
    private int coordination(TextScan scan, int i, boolean roleMode) {
        int next = group(scan, i, roleMode);
        if (next > 0) {
            return next;
        }
        if (i < scan.size() && scan.token(i).in(WordClass.ARTICLE) && i + 1 < scan.size()
                && scan.token(i + 1).lowercase() && !scan.token(i + 1).in(WordClass.NEW_NAME)
                && lexicon.roles.longestAt(scan.tokens, i + 1) == null) {
            // "et la sécurité des infrastructures" continues; "et la réunion" alone does not
            int noun = nounAt(scan, i + 1, false);
            return noun > 0 && group(scan, noun, roleMode) > 0 ? noun : -1;
        }
        return Adjectives.isAdjective(scan, i) && !scan.isPunct(i - 1, ',') ? i + 1 : -1;
    }

    /** A noun (any word but a function word or an infinitive after a bare {@code de}) at j. */
    private int nounAt(TextScan scan, int j, boolean bareDe) {
        if (j >= scan.size()) {
            return -1;
        }
        Token w = scan.token(j);
        if (w.in(WordClass.BEFORE_NOUN) && j + 1 < scan.size() && scan.token(j + 1).isWord()) {
            return nounAt(scan, j + 1, false);
        }
        if (!w.isWord() && w.kind() != Token.Kind.NUMBER || w.in(WordClass.FUNCTION_WORD)) {
            return -1;
        }
        if (bareDe && w.lowercase() && (w.folded().endsWith("er") || w.folded().endsWith("ir"))) {
            return -1;
        }
        if (w.capitalised() && w.in(WordClass.FIRST_NAME) && j + 1 < scan.size() && scan.token(j + 1).capitalised()
                && scan.coveringAt(j) == null) {
            return -1; // "... contre Donald Trump": a person's name is no body's complement
        }
        Candidate named = w.capitalised() ? scan.coveringAt(j) : null;
        if (named != null && named.start == j) {
            // a known name ends where it ends: "du Vietnam Truong Tan Sang" stops at Vietnam; but a place
            // glued by a hyphen to another capitalised word is a compound ("de Kinshasa-Gombe")
            return gluedCompound(scan, named.end) ? named.end + 2 : named.end;
        }
        int end = j + 1;
        while (end < scan.size() && end - j < 4 && w.capitalised() && scan.token(end).capitalised()
                && !scan.token(end).in(WordClass.STOPWORD) && !startsPerson(scan.token(end))) {
            end++;
        }
        // "du groupe NEC", "de la société Huawei": a known organisation right after the noun
        Candidate known = end < scan.size() && w.lowercase() && scan.token(end).capitalised()
                ? scan.coveringAt(end, org.vigie.entities.api.EntityType.ORGANIZATION) : null;
        return known != null && known.start == end ? known.end : end;
    }

    /** Whether a hyphen glued to the name ending at {@code end} joins it to another capitalised word. */
    public static boolean gluedCompound(TextScan scan, int end) {
        return end + 1 < scan.size() && scan.isPunct(end, '-') && scan.token(end).begin() == scan.token(end - 1).end()
                && scan.token(end + 1).begin() == scan.token(end).end() && scan.token(end + 1).capitalised();
    }

    /** "le ministre des Armées Sébastien Lecornu": a given or Vietnamese family name ends a name phrase. */
    private boolean startsPerson(Token t) {
        return t.in(WordClass.FIRST_NAME) || t.in(WordClass.VIETNAMESE_SURNAME);
    }

    public static boolean isArticle(Token t) {
        return t.in(WordClass.ARTICLE);
    }
}
