package org.vigie.entities.french.internal;

import java.util.Set;
import java.util.regex.Pattern;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;

/**
 * People: a name introduced by a role ({@code le vice-ministre de la Sécurité publique Bùi Van
 * Nam}, {@code la présidente d'Interpol, Mireille Ballestrazzi}) or by {@code M.}/{@code Mme},
 * a name followed by a role in apposition ({@code Nobuhiro Endo, président du groupe NEC}), a
 * known given name and a capitalised word ({@code Emmanuel Macron}), and Vietnamese names (a
 * family name and well-formed syllables: {@code Lê Xuân Minh}). A role without a name
 * ({@code le Secrétaire général de l'ONU}) gives no person.
 */
final class PersonRule implements Rule {

    /** Extra feature: the title before a name when a role in apposition follows it. */
    static final String TITLE = "title";
    private static final Set<String> HONORIFICS = Set.of("m", "mme", "mlle", "mm", "dr", "pr", "me", "sir", "lord");
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "du", "da", "dos", "di",
            "bin", "ben", "ibn", "al", "el", "la", "le", "ter", "zu");
    /** Capitalised words that end a name even inside it ({@code Sơn} folds to a stopword and does not). */
    private static final Set<String> BREAKS = Set.of("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'",
            "et", "ou", "en", "au", "aux", "a", "photo", "source", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
            "samedi", "dimanche");
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnpt])?");

    private final RoleReader roles;

    PersonRule(RoleReader roles) {
        this.roles = roles;
    }

    @Override
    public void apply(TextScan scan) {
        int i = 0;
        while (i < scan.size()) {
            int next = introduced(scan, i);
            if (next < 0) {
                next = named(scan, i);
            }
            i = next > i ? next : i + 1;
        }
    }

    /** {@code M.}, {@code Mme}, {@code Dr} or an initial ({@code T.}) at i. */
    static boolean isHonorific(TextScan scan, int i) {
        Token t = scan.token(i);
        return t.text().length() == 1 || HONORIFICS.contains(t.folded()) && (scan.isPunct(i + 1, '.')
                || t.is("mme") || t.is("mlle"));
    }

    /** A role or an honorific, then a name: the end of the name, or -1. */
    private int introduced(TextScan scan, int i) {
        Token t = scan.token(i);
        if (HONORIFICS.contains(t.folded()) && t.capitalised() && isHonorific(scan, i)) {
            int from = scan.isPunct(i + 1, '.') ? i + 2 : i + 1;
            int end = nameEnd(scan, from, true);
            return end > from ? person(scan, from, end, null) : -1;
        }
        RoleReader.Role role = t.isWord() ? roles.read(scan, i) : null;
        if (role == null) {
            return -1;
        }
        int j = skipBracketsAndComma(scan, role.chainEnd());
        while (j < scan.size()) {
            RoleReader.Role more = scan.isPunct(j - 1, ',') ? roles.read(scan, j) : null;
            if (more == null) {
                break;
            }
            j = skipBracketsAndComma(scan, more.chainEnd());
        }
        if (j + 1 < scan.size() && HONORIFICS.contains(scan.token(j).folded()) && isHonorific(scan, j)) {
            j += scan.isPunct(j + 1, '.') ? 2 : 1;
        }
        int end = nameEnd(scan, j, true);
        return end > j ? person(scan, j, end, role) : -1;
    }

    /** A name standing on its own: given name + surname, a Vietnamese name; then an apposition. */
    private int named(TextScan scan, int i) {
        if (!scan.token(i).capitalised() || scan.coveringAt(i) != null) {
            return -1;
        }
        int end = nameEnd(scan, i, false);
        boolean name = end - i >= 2 && (scan.lexicon.firstNames.contains(scan.token(i).folded()) || vietnamese(scan, i, end));
        if (!name && scan.token(i).sentenceStart()) {
            // a sentence-initial capital says nothing: two name words and a role after them do
            end = nameEnd(scan, i, true);
        }
        RoleReader.Role apposition = scan.isPunct(end, ',') ? appositionAt(scan, end + 1) : null;
        if (!name && (apposition == null || scan.token(i).sentenceStart() && end - i < 2)) {
            return -1;
        }
        int next = person(scan, i, end, apposition);
        return apposition == null ? next : Math.max(next, apposition.chainEnd());
    }

    /**
     * A role in apposition after a name ({@code X, président du groupe NEC}). With an article
     * it is one only when a comma or a full stop closes it and no name follows
     * ({@code X, le secrétaire général d'Interpol, Y} introduces Y).
     */
    private RoleReader.Role appositionAt(TextScan scan, int j) {
        boolean article = j < scan.size() && PhraseGrammar.isArticle(scan.token(j));
        int k = article ? j + 1 : j;
        if (k >= scan.size() || !scan.token(k).isWord() || scan.token(k).sentenceStart()) {
            return null;
        }
        RoleReader.Role role = roles.read(scan, k);
        if (role == null || !article) {
            return role;
        }
        // "X, le directeur de Y, a dit" is an apposition; "X, le ministre a dit" starts a new clause
        int after = role.chainEnd();
        if (!scan.isPunct(after, ',') && !scan.isPunct(after, '.') && !scan.isPunct(after, ')') && !scan.is(after, "qui")) {
            return null;
        }
        int next = skipBracketsAndComma(scan, after);
        return nameEnd(scan, next, true) > next ? null : role;
    }

    /** Adds the person; returns where reading goes on (past a role in apposition, which is theirs). */
    private int person(TextScan scan, int start, int end, RoleReader.Role role) {
        Candidate c = scan.add(new Candidate(start, end, EntityType.PERSON, NamePhrase.value(scan, start, end, null),
                role == null ? Candidate.Source.CONTEXT : Candidate.Source.RULE, role == null ? 0.7 : 0.85));
        int next = end;
        boolean roleAfter = role != null && role.start() >= end;
        RoleReader.Role apposition = !roleAfter && scan.isPunct(end, ',') ? appositionAt(scan, end + 1) : null;
        if (apposition != null) {
            // "le général X, vice-ministre de ...": the apposition is the role, the rank a title
            c.with(TITLE, role == null ? null : role.text());
            role = apposition;
            next = apposition.chainEnd();
        }
        if (role != null) {
            c.with(Features.ROLE, role.text()).with(Features.AFFILIATION, role.affiliation());
        }
        return next;
    }

    /** The end of a person's name starting at i (i itself when there is none). */
    int nameEnd(TextScan scan, int i, boolean introduced) {
        int end = i;
        while (end < scan.size() && end - i < 7) {
            Token t = scan.token(end);
            int particles = particles(scan, end);
            if (end > i && t.isWord() && t.text().length() == 1 && scan.isPunct(end + 1, '.') && t.capitalised()
                    && end + 2 < scan.size() && scan.token(end + 2).capitalised()) {
                end += 2;
            } else if (t.capitalised() && nameWord(scan, end, end == i, introduced)) {
                end++;
            } else if (end > i && scan.isPunct(end, '-') && t.begin() == scan.token(end - 1).end()
                    && end + 1 < scan.size() && scan.token(end + 1).capitalised()
                    && scan.token(end + 1).begin() == t.end()) {
                end += 2;
            } else if (end > i && particles > 0 && end + particles < scan.size()
                    && scan.token(end + particles).capitalised() && nameWord(scan, end + particles, false, introduced)) {
                end += particles + 1;
            } else {
                break;
            }
        }
        return end;
    }

    /** How many name particles ({@code von der}, {@code de la}) start at i. */
    private static int particles(TextScan scan, int i) {
        int n = 0;
        while (n < 2 && i + n < scan.size() && scan.token(i + n).lowercase()
                && PARTICLES.contains(scan.token(i + n).folded())) {
            n++;
        }
        return n;
    }

    private boolean nameWord(TextScan scan, int i, boolean first, boolean introduced) {
        Token t = scan.token(i);
        if (first && (t.text().length() == 1 || HONORIFICS.contains(t.folded()))) {
            return false;
        }
        if (first && introduced && scan.lexicon.isStopword(t) && !BREAKS.contains(t.folded())
                && !t.text().toLowerCase(java.util.Locale.ROOT).equals(t.folded())) {
            // after "M." or a role, "Sơn" is a name even though it folds to the word "son"
            return scan.coveringAt(i, EntityType.LOCATION, EntityType.ORGANIZATION) == null;
        }
        if (scan.coveringAt(i, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.LAW, EntityType.EVENT) != null
                || scan.lexicon.roles.longestAt(scan.tokens, i) != null && !t.acronym()) {
            return false;
        }
        if (scan.lexicon.demonyms.containsKey(t.folded())) {
            return false;
        }
        if (!first && !PARTICLES.contains(t.folded()) && !BREAKS.contains(t.folded())) {
            return true;
        }
        if (scan.lexicon.isStopword(t) || PARTICLES.contains(t.folded())) {
            // "Le Xuan Minh": an article-like family name, only before Vietnamese syllables;
            // "Jean-Yves Le Drian": a capitalised particle inside a name
            return first ? (t.is("le") || t.is("la")) && vietnamese(scan, i, Math.min(scan.size(), i + 3))
                    : PARTICLES.contains(t.folded()) && i + 1 < scan.size() && scan.token(i + 1).capitalised()
                    && !scan.lexicon.isStopword(scan.token(i + 1));
        }
        return introduced || !first || !t.sentenceStart() || scan.lexicon.firstNames.contains(t.folded())
                || scan.lexicon.vietnameseSurnames.contains(t.folded());
    }

    /** A Vietnamese family name followed by one to three well-formed syllables. */
    boolean vietnamese(TextScan scan, int start, int end) {
        if (end - start < 2 || !scan.lexicon.vietnameseSurnames.contains(scan.token(start).folded())) {
            return false;
        }
        for (int i = start; i < end; i++) {
            Token t = scan.token(i);
            if (!t.capitalised() || t.text().length() > 7 || !SYLLABLE.matcher(t.folded()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static int skipBracketsAndComma(TextScan scan, int j) {
        if (scan.isPunct(j, '(')) {
            int close = j;
            while (close < scan.size() && close - j < 12 && !scan.isPunct(close, ')')) {
                close++;
            }
            j = scan.isPunct(close, ')') ? close + 1 : j;
        }
        return scan.isPunct(j, ',') ? j + 1 : j;
    }
}
