package org.vigie.entities.french.internal;

import java.util.Set;

/**
 * The complement of a French name phrase: what follows a head noun such as {@code ministère},
 * {@code Convention} or {@code vice-ministre}. It reads prepositional groups
 * ({@code de la Sécurité publique}, {@code contre la drogue et le crime}, {@code d'Interpol}),
 * adjectives recognised by their endings ({@code nationale}, {@code publique}, {@code liée aux}),
 * {@code et}-coordinations ({@code de la Justice et du Développement constitutionnel}) and, when
 * allowed, a comma before {@code de} ({@code des forces spéciales, de la sécurité}). It stops at
 * a verb, a relative pronoun, a bracket or other punctuation. A single forward pass over tokens,
 * no regular expression, so no backtracking.
 */
final class PhraseGrammar {

    static final int MAX_TOKENS = 30;
    private static final Set<String> PREPOSITIONS = Words.of("de", "du", "des", "d'", "sur", "contre", "pour", "aux",
            "au");
    private static final Set<String> ARTICLES = Words.of("la", "le", "les", "l'");
    private static final Set<String> FUNCTION = Words.of("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'",
            "et", "ou", "a", "ont", "est", "sont", "etait", "etaient", "sera", "seront", "ete", "fait", "doit", "peut",
            "va", "vont", "avait", "avaient", "aura", "qui", "que", "qu'", "dont", "en", "se", "s'", "ne", "n'",
            "il", "elle", "ils", "elles", "on", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "lors",
            "dans", "par", "avec", "sans", "entre", "vers", "chez", "depuis", "selon", "comme", "ainsi", "aussi",
            "tres", "plus", "moins", "tous", "tout", "toute", "toutes", "y", "pas", "deux", "trois", "appelle",
            "rappelle", "interpelle", "renouvelle", "estime", "affirme", "souligne", "indique", "precise", "ayant", "etant",
            "visant", "portant", "concernant", "comprenant", "incluant", "regroupant", "representant", "participant");
    private static final String[] ADJECTIVE_ENDINGS = {"al", "ale", "ales", "aux", "el", "elle", "elles", "els",
        "ique", "iques", "aire", "aires", "if", "ive", "ifs", "ives", "ien", "ienne", "iens", "iennes", "ais", "aise",
        "aises", "ain", "aine", "ains", "aines", "ant", "ante", "ants", "antes", "iste", "istes", "ois", "oise",
        "oises", "ible", "ibles", "able", "ables", "oire", "oires", "ier", "iere", "iers", "ieres", "ere", "eres",
        "oint", "ointe", "ointes", "erieur", "erieure", "erieurs", "erieures", "eux", "euse", "euses", "ite", "ites",
        "unies", "unis", "een", "eens", "enne", "ennes"};
    private static final Set<String> ADJECTIVES = Words.of("civil", "civile", "civils", "civiles", "maritime",
        "maritimes", "etranger", "etrangers", "etrangere", "etrangeres", "nord", "sud", "est", "ouest", "supreme",
        "interieur", "exterieur", "mondial", "mondiale", "central", "centrale", "jeune", "libre", "unie", "uni",
        "conjoint", "adjoint", "adjointe", "publique", "publiques", "public", "publics", "arabe", "arabes",
        "baltes", "islamique", "communiste", "democrate", "republicain", "populaire", "nationale", "national");
    private static final Set<String> BEFORE_NOUN = Words.of("haut", "haute", "hauts", "hautes", "grand", "grande",
        "grands", "grandes", "nouveau", "nouvelle", "nouveaux", "nouvelles", "petit", "petite", "premier",
        "premiere", "seul", "seule", "meilleur", "ancien", "ancienne", "bon", "bonne", "gros", "grosse");

    /** Nouns that start a name of their own after {@code et le}: the coordination ends before them. */
    private static final Set<String> NEW_NAMES = Words.of("ministere", "departement", "agence", "office", "bureau",
        "commission", "conseil", "direction", "service", "police", "gouvernement", "convention", "loi", "accord");

    private final FrenchLexicon lexicon;

    PhraseGrammar(FrenchLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The end (exclusive) of the complement that starts at {@code from}; {@code from} itself when
     * there is none.
     *
     * @param commas whether {@code , de ...} continues the phrase
     * @param roleMode whether {@code à la ...} and {@code en exercice} belong to it (roles do)
     */
    int complementEnd(TextScan scan, int from, boolean commas, boolean roleMode) {
        int pos = from;
        int limit = Math.min(scan.size(), from + MAX_TOKENS);
        while (pos < limit) {
            int next = afterPlace(scan, pos) ? -1 : group(scan, pos, roleMode);
            if (next < 0 && pos > from && (scan.is(pos, "et") || commas && scan.isPunct(pos, ','))) {
                next = coordination(scan, pos + 1, roleMode);
            }
            if (next < 0 && isAdjective(scan, pos)) {
                next = pos + 1;
            }
            if (next < 0) {
                break;
            }
            pos = next;
        }
        return pos;
    }

    /** After a place name {@code pour}, {@code au} and {@code aux} end the name: {@code Convention de Hanoï pour ...}. */
    private static boolean afterPlace(TextScan scan, int i) {
        return i > 0 && i < scan.size() && (scan.is(i, "pour") || scan.is(i, "au") || scan.is(i, "aux"))
                && scan.token(i - 1).capitalised()
                && scan.coveringAt(i - 1, org.vigie.entities.api.EntityType.LOCATION) != null;
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
        Token t = scan.token(i);
        boolean preposition = PREPOSITIONS.contains(t.folded())
                || roleMode && t.is("a") && t.lowercase() && (scan.is(i + 1, "la") || scan.is(i + 1, "l'"));
        if (!preposition) {
            return roleMode && t.is("en") && i + 1 < scan.size() && scan.token(i + 1).lowercase()
                    && !FUNCTION.contains(scan.token(i + 1).folded()) ? i + 2 : -1;
        }
        int j = i + 1;
        boolean article = j < scan.size() && ARTICLES.contains(scan.token(j).folded());
        if (article && !t.is("des") && !t.is("du") && !t.is("aux") && !t.is("au")) {
            j++;
        }
        return nounAt(scan, j, !article && (t.is("de") || t.is("d'")));
    }

    /** After {@code et} or a comma: another group, an article and noun, or an adjective. */
    private int coordination(TextScan scan, int i, boolean roleMode) {
        int next = group(scan, i, roleMode);
        if (next > 0) {
            return next;
        }
        if (i < scan.size() && ARTICLES.contains(scan.token(i).folded()) && i + 1 < scan.size()
                && scan.token(i + 1).lowercase() && !NEW_NAMES.contains(scan.token(i + 1).folded())
                && lexicon.roles.longestAt(scan.tokens, i + 1) == null) {
            // "et la sécurité des infrastructures" continues; "et la réunion" alone does not
            int noun = nounAt(scan, i + 1, false);
            return noun > 0 && group(scan, noun, roleMode) > 0 ? noun : -1;
        }
        return isAdjective(scan, i) && !scan.isPunct(i - 1, ',') ? i + 1 : -1;
    }

    /** A noun (any word but a function word or an infinitive after a bare {@code de}) at j. */
    private int nounAt(TextScan scan, int j, boolean bareDe) {
        if (j >= scan.size()) {
            return -1;
        }
        Token w = scan.token(j);
        if (BEFORE_NOUN.contains(w.folded()) && j + 1 < scan.size() && scan.token(j + 1).isWord()) {
            return nounAt(scan, j + 1, false);
        }
        if (!w.isWord() && w.kind() != Token.Kind.NUMBER || FUNCTION.contains(w.folded())) {
            return -1;
        }
        if (bareDe && w.lowercase() && (w.folded().endsWith("er") || w.folded().endsWith("ir"))) {
            return -1;
        }
        Candidate named = w.capitalised() ? scan.coveringAt(j) : null;
        if (named != null && named.start == j) {
            // a known name ends where it ends: "du Vietnam Truong Tan Sang" stops at Vietnam
            return named.end;
        }
        int end = j + 1;
        while (end < scan.size() && end - j < 4 && w.capitalised() && scan.token(end).capitalised()
                && !lexicon.isStopword(scan.token(end)) && !startsPerson(scan.token(end))) {
            end++;
        }
        // "du groupe NEC", "de la société Huawei": a known organisation right after the noun
        Candidate known = end < scan.size() && w.lowercase() && scan.token(end).capitalised()
                ? scan.coveringAt(end, org.vigie.entities.api.EntityType.ORGANIZATION) : null;
        return known != null && known.start == end ? known.end : end;
    }

    /** "le ministre des Armées Sébastien Lecornu": a given or Vietnamese family name ends a name phrase. */
    private boolean startsPerson(Token t) {
        return lexicon.firstNames.contains(t.folded()) || lexicon.vietnameseSurnames.contains(t.folded());
    }

    /** Whether token i is an adjective after a noun: by its ending, or a participle followed by a preposition. */
    boolean isAdjective(TextScan scan, int i) {
        if (i >= scan.size() || i == 0 || !scan.token(i).isWord() || scan.token(i).capitalised()
                && !scan.token(i).is("unies")) {
            return false;
        }
        String w = scan.token(i).folded();
        if (FUNCTION.contains(w) || w.length() < 3) {
            return false;
        }
        if (ADJECTIVES.contains(w) || lexicon.demonyms.containsKey(w)) {
            return true;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        String raw = scan.token(i).text();
        if (raw.endsWith("é") || raw.endsWith("ée") || raw.endsWith("és") || raw.endsWith("ées")) {
            return i + 1 >= scan.size() || PREPOSITIONS.contains(scan.token(i + 1).folded())
                    || scan.token(i + 1).kind() == Token.Kind.PUNCT && ".,;)".indexOf(scan.token(i + 1).text().charAt(0)) >= 0;
        }
        return false;
    }

    static boolean isArticle(Token t) {
        return ARTICLES.contains(t.folded());
    }

    static boolean isFunctionWord(Token t) {
        return FUNCTION.contains(t.folded());
    }

    static boolean isFunctionWord(String folded) {
        return FUNCTION.contains(folded);
    }
}
