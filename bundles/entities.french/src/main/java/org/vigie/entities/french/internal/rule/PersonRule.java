package org.vigie.entities.french.internal.rule;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.french.internal.grammar.NamePhrase;
import org.vigie.entities.french.internal.grammar.PersonNames;
import org.vigie.entities.french.internal.grammar.PhraseGrammar;
import org.vigie.entities.french.internal.grammar.RoleReader;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * People: a name introduced by a role ({@code le vice-ministre de la Sécurité publique Bùi Van
 * Nam}, {@code la présidente d'Interpol, Mireille Ballestrazzi}) or by {@code M.}/{@code Mme},
 * a name followed by a role in apposition ({@code Nobuhiro Endo, président du groupe NEC}), a
 * known given name and a capitalised word ({@code Emmanuel Macron}), and Vietnamese names (a
 * family name and well-formed syllables: {@code Lê Xuân Minh}). A role without a name
 * ({@code le Secrétaire général de l'ONU}) gives no person. Over 150 lines because the ways a
 * name is introduced (honorific, nationality noun, chain of roles, apposition) decide together
 * which person is added and where reading goes on; the grammar of names and roles is apart
 * ({@link PersonNames}, {@link RoleReader}).
 */
public final class PersonRule implements Rule {

    /** Extra feature: the title before a name when a role in apposition follows it. */
    public static final String TITLE = "title";

    private final RoleReader roles;
    private final PersonNames names = new PersonNames();

    public PersonRule(RoleReader roles) {
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

    /** A role or an honorific, then a name: the end of the name, or -1. */
    private int introduced(TextScan scan, int i) {
        Token t = scan.token(i);
        if (t.in(WordClass.HONORIFIC) && t.capitalised() && PersonNames.isHonorific(scan, i)) {
            int from = scan.isPunct(i + 1, '.') ? i + 2 : i + 1;
            int end = names.nameEnd(scan, from, true);
            return end > from ? person(scan, from, end, null) : -1;
        }
        int named = nationalityNoun(scan, i);
        if (named > i) {
            int end = names.nameEnd(scan, named, true);
            return end > named + 1 && scan.coveringAt(named) == null ? person(scan, named, end, null) : -1;
        }
        RoleReader.Role role = t.isWord() ? roles.read(scan, i) : null;
        if (role == null) {
            return -1;
        }
        int j = skipBracketsAndComma(scan, role.chainEnd());
        RoleReader.Role rank = null;
        while (j < scan.size()) {
            // "le directeur de la police, le général X": a second role may come with its article
            int k = scan.isPunct(j - 1, ',') && j + 1 < scan.size() && PhraseGrammar.isArticle(scan.token(j)) ? j + 1 : j;
            RoleReader.Role more = scan.isPunct(j - 1, ',') ? roles.read(scan, k) : null;
            if (more == null) {
                break;
            }
            rank = k > j ? more : rank;
            j = skipBracketsAndComma(scan, more.chainEnd());
        }
        if (j + 1 < scan.size() && scan.token(j).in(WordClass.HONORIFIC) && PersonNames.isHonorific(scan, j)) {
            j += scan.isPunct(j + 1, '.') ? 2 : 1;
        }
        j = Math.max(j, nationalityNoun(scan, j));
        if (j > 0 && scan.token(j - 1).lowercase() && scan.token(j - 1).in(WordClass.ORGANIZATION_NOUN)) {
            return -1; // "le chef du rançongiciel LockBit": the name is the noun's, not a person's
        }
        int end = names.nameEnd(scan, j, true);
        if (end <= j) {
            return -1;
        }
        int next = person(scan, j, end, role);
        if (rank != null) {
            scan.coveringAt(j, EntityType.PERSON).with(TITLE, rank.text());
        }
        return next;
    }

    /**
     * {@code le Brésilien}, {@code l'Allemande}: an article and a nationality noun, which introduce a
     * name ({@code le Brésilien Valdecy Urquiza}); where the name starts, or -1.
     */
    private static int nationalityNoun(TextScan scan, int i) {
        // le, la or l': a singular article (one bit test; this runs at every token)
        if (i + 2 >= scan.size() || !scan.token(i).in(WordClass.ARTICLE) || scan.is(i, "les")) {
            return -1;
        }
        Token noun = scan.token(i + 1);
        return noun.capitalised() && !noun.sentenceStart() && noun.in(WordClass.DEMONYM)
                && scan.token(i + 2).capitalised() ? i + 2 : -1;
    }

    /** A name standing on its own: given name + surname, a Vietnamese name; then an apposition. */
    private int named(TextScan scan, int i) {
        if (!scan.token(i).capitalised() || scan.coveringAt(i) != null) {
            return -1;
        }
        int end = names.nameEnd(scan, i, false);
        boolean name = end - i >= 2 && (scan.token(i).in(WordClass.FIRST_NAME) || givenName(scan, i)
                || beforeGivenName(scan, i, end) || names.vietnamese(scan, i, end) || afterPersonAnd(scan, i));
        int particleName = PersonNames.particleSurnames(scan, i, end);
        if (particleName > 0) {
            name = true;
            end = particleName;
        }
        if (!name && scan.token(i).sentenceStart()) {
            // a sentence-initial capital says nothing: two name words and a role after them do
            end = names.nameEnd(scan, i, true);
        }
        RoleReader.Role apposition = scan.isPunct(end, ',') ? appositionAt(scan, end + 1) : null;
        if (!name && (apposition == null || scan.token(i).sentenceStart() && end - i < 2)) {
            return -1;
        }
        int next = person(scan, i, end, apposition);
        return apposition == null ? next : Math.max(next, apposition.chainEnd());
    }

    /**
     * A given name of the wide list ({@code Miroslav Lajčák}) starts a name, except after a place
     * preposition: {@code à Mae Sot} is more often a town than a person.
     */
    private static boolean givenName(TextScan scan, int i) {
        if (i >= scan.size() || !scan.token(i).in(WordClass.GIVEN_NAME)) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token before = scan.token(i - 1);
        // "à Mae Sot", "d'Adan Yabaal", "quartier d'Abou Salim", "stade Geoffroy-Guichard", "« America First »"
        int noun = (before.is("de") || before.is("d'")) && i >= 2 ? i - 2 : i - 1;
        return !before.in(WordClass.PLACE_PREPOSITION) && !placeNoun(scan.token(noun))
                && !(noun < i - 1 && scan.is(noun, "et") && noun > 0 && scan.coveringAt(noun - 1, EntityType.LOCATION) != null)
                && !scan.isPunct(i - 1, '\u00ab') && !scan.isPunct(i - 1, '"');
    }

    private static boolean placeNoun(Token t) {
        return t.in(WordClass.PLACE_NOUN_KEPT) || t.in(WordClass.PLACE_NOUN_DROPPED);
    }

    /**
     * {@code l'opposant Nassour Ibrahim Neguy Koursami}: an unknown capitalised word right before a
     * given name, inside a sentence, is the name's first word.
     */
    private static boolean beforeGivenName(TextScan scan, int i, int end) {
        Token t = scan.token(i);
        return end - i >= 3 && !t.sentenceStart() && !t.acronym() && !t.in(WordClass.HONORIFIC) && givenName(scan, i + 1)
                && !t.in(WordClass.STOPWORD) && !scan.isPunct(i - 1, '\u00ab');
    }

    /**
     * {@code Mohamed Ghraieb et Chokri Chafroud}: {@code et} joins words of one kind, so two name
     * words right after a person and {@code et} are a person too.
     */
    private static boolean afterPersonAnd(TextScan scan, int i) {
        if (i < 2 || !scan.is(i - 1, "et") || !scan.token(i - 1).lowercase() || scan.token(i).sentenceStart()) {
            return false;
        }
        Candidate before = scan.coveringAt(i - 2, EntityType.PERSON);
        return before != null && before.end == i - 1 && before.end - before.start >= 2;
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
        return names.nameEnd(scan, next, true) > next ? null : role;
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
