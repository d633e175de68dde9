package org.vigie.entities.french.internal.grammar;

import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * Adjectives after a noun, told by their ending ({@code nationale}, {@code publique}), their word
 * class or a participle before a preposition ({@code liée aux}), and the last lower-case qualifier
 * that closes a name ({@code de substances psychotropes.}). {@link PhraseGrammar} reads them inside
 * complements, the rules after head nouns.
 */
public final class Adjectives {

    private static final String[] ENDINGS = {"al", "ale", "ales", "aux", "el", "elle", "elles", "els",
        "ique", "iques", "aire", "aires", "if", "ive", "ifs", "ives", "ien", "ienne", "iens", "iennes", "ais", "aise",
        "aises", "ain", "aine", "ains", "aines", "ant", "ante", "ants", "antes", "iste", "istes", "ois", "oise",
        "oises", "ible", "ibles", "able", "ables", "oire", "oires", "ier", "iere", "iers", "ieres", "ere", "eres",
        "oint", "ointe", "ointes", "erieur", "erieure", "erieurs", "erieures", "eux", "euse", "euses", "ite", "ites",
        "unies", "unis", "een", "eens", "enne", "ennes"};

    private Adjectives() {
    }

    /** Whether token i is an adjective after a noun: by its ending, or a participle followed by a preposition. */
    public static boolean isAdjective(TextScan scan, int i) {
        if (i >= scan.size() || i == 0 || !scan.token(i).isWord() || scan.token(i).capitalised()
                && !scan.token(i).is("unies")) {
            return false;
        }
        Token t = scan.token(i);
        String w = t.folded();
        if (t.in(WordClass.FUNCTION_WORD) || w.length() < 3) {
            return false;
        }
        if (t.in(WordClass.ADJECTIVE) || t.in(WordClass.DEMONYM)) {
            return true;
        }
        if (w.endsWith("ant") && i + 1 < scan.size() && scan.token(i + 1).in(WordClass.ARTICLE)) {
            return false; // "destituant le président", "suspendant l'application": a participle and its object
        }
        for (String ending : ENDINGS) {
            if (w.length() > ending.length() && w.endsWith(ending)) { // "aux", "eux" are no adjectives
                return true;
            }
        }
        String raw = scan.token(i).text();
        if (raw.endsWith("é") || raw.endsWith("ée") || raw.endsWith("és") || raw.endsWith("ées")) {
            return i + 1 >= scan.size() || scan.token(i + 1).in(WordClass.PREPOSITION)
                    || scan.token(i + 1).kind() == Token.Kind.PUNCT && ".,;)".indexOf(scan.token(i + 1).text().charAt(0)) >= 0;
        }
        return false;
    }

    /**
     * {@code des peuples indigènes de la vallée}: a lower-case plural after a plural noun and before
     * {@code de}, {@code du}, {@code des} or {@code d'} qualifies the noun, whatever its ending (not a
     * verb in {@code -ent}, a function word, a month or a day).
     */
    static boolean agreeingPlural(TextScan scan, int i) {
        if (i + 1 >= scan.size() || !(scan.is(i + 1, "de") || scan.is(i + 1, "du") || scan.is(i + 1, "des") || scan.is(i + 1, "d'"))) {
            return false;
        }
        Token t = scan.token(i);
        Token before = scan.token(i - 1);
        String w = t.folded();
        String b = before.folded();
        return t.isWord() && t.lowercase() && before.lowercase() && before.isWord() && w.length() >= 4
                && !before.in(WordClass.FUNCTION_WORD) && !t.in(WordClass.FUNCTION_WORD) && !t.in(WordClass.STOPWORD)
                && !t.in(WordClass.MONTH) && !t.in(WordClass.WEEKDAY) && !w.endsWith("ent")
                && (w.endsWith("s") || w.endsWith("x")) && (b.endsWith("s") || b.endsWith("x"));
    }

    /**
     * A last lower-case word that qualifies the noun before it and closes the name, whatever its
     * ending, when its form shows it is no verb: a plural agreeing with a plural noun
     * ({@code de substances psychotropes.}) or a hyphenated loan ({@code de la criminalité
     * high-tech (A05)}). Not a function word, a stopword, a day, a month, an adverb in {@code -ment}
     * or a plural verb in {@code -ent} ({@code les polices nationales enquêtent.}).
     */
    static boolean finalQualifier(TextScan scan, int i) {
        Token t = scan.token(i);
        Token before = scan.token(i - 1);
        String w = t.folded();
        if (!t.lowercase() || !before.lowercase() || before.in(WordClass.FUNCTION_WORD) || w.length() < 4
                || t.in(WordClass.FUNCTION_WORD) || t.in(WordClass.STOPWORD) || t.in(WordClass.MONTH) || t.in(WordClass.WEEKDAY)
                || w.endsWith("ent")) {
            return false;
        }
        boolean plural = (w.endsWith("s") || w.endsWith("x")) && (before.folded().endsWith("s") || before.folded().endsWith("x"));
        if (!plural && w.indexOf('-') < 0) {
            return false;
        }
        if (i + 1 >= scan.size()) {
            return true;
        }
        Token after = scan.token(i + 1);
        return after.kind() == Token.Kind.PUNCT && ".,;()".indexOf(after.text().charAt(0)) >= 0;
    }
}
