package org.vigie.entities.french.internal.grammar;

import java.util.regex.Pattern;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * What a person's name looks like in French news: capitalised words that are not places,
 * organisations, roles or nationality nouns; particles ({@code von der}, {@code Le} in
 * {@code Jean-Yves Le Drian}), initials ({@code T.}), hyphenated parts; and Vietnamese names, a
 * family name followed by well-formed syllables ({@code Lê Xuân Minh}).
 */
public final class PersonNames {

    private static final String FRENCH_LETTERS = "àâäçéèêëîïôöùûüÿœæ";
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnpt])?");

    /** {@code M.}, {@code Mme}, {@code Dr} or an initial ({@code T.}) at i. */
    public static boolean isHonorific(TextScan scan, int i) {
        Token t = scan.token(i);
        return t.text().length() == 1 || t.in(WordClass.HONORIFIC) && (scan.isPunct(i + 1, '.')
                || t.is("mme") || t.is("mlle"));
    }

    /** The end of a person's name starting at i (i itself when there is none). */
    public int nameEnd(TextScan scan, int i, boolean introduced) {
        int end = i;
        while (end < scan.size() && end - i < 7) {
            Token t = scan.token(end);
            int particles = particles(scan, end);
            // "P. Kevin Castel", and after a role "K. P. Sharma Oli": initials start or sit in a name
            if ((end > i || leadingInitial(scan, end, introduced))
                    && t.isWord() && t.text().length() == 1 && scan.isPunct(end + 1, '.') && t.capitalised()
                    && end + 2 < scan.size() && scan.token(end + 2).capitalised()) {
                end += 2;
            } else if (t.capitalised() && nameWord(scan, end, end == i, introduced)) {
                end++;
            } else if (end > i && scan.isPunct(end, '-') && t.begin() == scan.token(end - 1).end()
                    && end + 1 < scan.size() && scan.token(end + 1).capitalised()
                    && scan.token(end + 1).begin() == t.end()) {
                end += 2;
            } else if (end > i && hyphenatedParticle(t)) {
                end++;
            } else if (end > i && particles > 0 && end + particles < scan.size()
                    && scan.token(end + particles).capitalised() && nameWord(scan, end + particles, false, introduced)) {
                end += particles + 1;
            } else {
                break;
            }
        }
        return end;
    }

    /** {@code K. P. Sharma Oli} after a role, {@code P. Kevin Castel}: an initial (not {@code M.}) before a name. */
    private static boolean leadingInitial(TextScan scan, int i, boolean introduced) {
        if (scan.token(i).in(WordClass.HONORIFIC) || i + 3 >= scan.size() || scan.token(i + 2).in(WordClass.HONORIFIC)) {
            return false;
        }
        Token next = scan.token(i + 2);
        return introduced || next.in(WordClass.FIRST_NAME) || next.in(WordClass.GIVEN_NAME);
    }

    /**
     * {@code Amarildo da Costa Oliveira}: capitalised words, a particle French does not use and two
     * family names after it is a Portuguese, Spanish, Dutch or German full name, even with an unknown
     * given name; the last family name may be a known one-word place ({@code da Silva Lima}). One
     * word after the particle is not enough ({@code Mocímboa da Praia} is a town). The end of the
     * name, or -1.
     */
    public static int particleSurnames(TextScan scan, int i, int end) {
        int particle = -1;
        for (int k = i + 1; k < end - 1 && particle < 0; k++) {
            particle = scan.token(k).lowercase() && FOREIGN_PARTICLES.contains(scan.token(k).folded()) ? k : -1;
        }
        if (particle < 0) {
            return -1;
        }
        if (end < scan.size() && scan.token(end).capitalised() && !scan.token(end).sentenceStart()
                && !scan.token(end).in(WordClass.STOPWORD)) {
            org.vigie.entities.french.internal.scan.Candidate place = scan.coveringAt(end, EntityType.LOCATION);
            end += place != null && place.start == end && place.end == end + 1 ? 1 : 0;
        }
        return end - particle - 1 >= 2 ? end : -1;
    }

    private static final java.util.Set<String> FOREIGN_PARTICLES = java.util.Set.of("da", "das", "dos", "van", "von",
            "der", "di", "bin", "ibn");

    /** {@code al-Assad}, {@code el-Sissi}, {@code ben-Gvir}: a particle glued by a hyphen to a capitalised name. */
    static boolean hyphenatedParticle(Token t) {
        String s = t.text();
        int hyphen = s.indexOf('-');
        return hyphen >= 2 && hyphen <= 3 && hyphen + 2 < s.length() && t.isWord() && Character.isLowerCase(s.charAt(0))
                && Character.isUpperCase(s.charAt(hyphen + 1)) && PARTICLES.contains(s.substring(0, hyphen));
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("al", "el", "ad", "ar", "as", "ash", "at",
            "az", "ben", "bin", "ibn", "abu", "bou");

    /** Whether an empty line separates token i from the one before (a hard-wrapped line is no break). */
    public static boolean blankLineBefore(TextScan scan, int i) {
        int from = scan.token(i - 1).end();
        int to = scan.token(i).begin();
        int newlines = 0;
        for (int k = from; k < to; k++) {
            newlines += scan.text.charAt(k) == '\n' ? 1 : 0;
        }
        return newlines >= 2;
    }

    /** How many name particles ({@code von der}, {@code de la}) start at i. */
    private static int particles(TextScan scan, int i) {
        int n = 0;
        while (n < 2 && i + n < scan.size() && scan.token(i + n).lowercase()
                && scan.token(i + n).in(WordClass.PARTICLE)) {
            n++;
        }
        return n;
    }

    private boolean nameWord(TextScan scan, int i, boolean first, boolean introduced) {
        Token t = scan.token(i);
        if (first && (t.text().length() == 1 || t.in(WordClass.HONORIFIC))) {
            return false;
        }
        if (!first && t.sentenceStart() && blankLineBefore(scan, i)) {
            return false; // a name never runs over a paragraph break ("... LockBit\n\nLe Bureau")
        }
        if (first && introduced && t.in(WordClass.STOPWORD) && !t.in(WordClass.NAME_BREAK)
                && !t.text().toLowerCase(java.util.Locale.ROOT).equals(t.folded())) {
            // after "M." or a role, "Sơn" is a name even though it folds to the word "son"
            return scan.coveringAt(i, EntityType.LOCATION, EntityType.ORGANIZATION) == null;
        }
        if (!first && t.in(WordClass.NAME_TITLE) && i + 1 < scan.size() && scan.token(i + 1).capitalised()) {
            return true; // "Hassan Cheikh Mohamoud": a title between two names is part of the name
        }
        if (scan.coveringAt(i, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.LAW, EntityType.EVENT) != null
                || scan.lexicon.roles.longestAt(scan.tokens, i) != null && !t.acronym()) {
            return false;
        }
        if (t.in(WordClass.DEMONYM)) {
            return false;
        }
        if (!first && (!t.in(WordClass.PARTICLE) && !t.in(WordClass.NAME_BREAK) || foreignSpelling(t))) {
            return true;
        }
        if (t.in(WordClass.STOPWORD) || t.in(WordClass.PARTICLE)) {
            // "Le Xuan Minh": an article-like family name, only before Vietnamese syllables;
            // "Jean-Yves Le Drian": a capitalised particle inside a name
            return first ? (t.is("le") || t.is("la")) && vietnamese(scan, i, Math.min(scan.size(), i + 3))
                    : t.in(WordClass.PARTICLE) && i + 1 < scan.size() && scan.token(i + 1).capitalised()
                    && (!scan.token(i + 1).in(WordClass.STOPWORD) || foreignSpelling(scan.token(i + 1)));
        }
        return introduced || !first || !t.sentenceStart() || t.in(WordClass.FIRST_NAME)
                || t.in(WordClass.GIVEN_NAME) || t.in(WordClass.VIETNAMESE_SURNAME);
    }

    /**
     * Whether the word is written with a letter French does not use ({@code ơ}, {@code ư},
     * {@code ă}, {@code ạ}, {@code ş}, ...): then it is no French article, particle or pronoun even
     * when its fold is one ({@code Văn} is not {@code van}, {@code Sơn} is not {@code son}).
     */
    public static boolean foreignSpelling(Token t) {
        String text = t.text();
        for (int k = 0; k < text.length(); k++) {
            char c = Character.toLowerCase(text.charAt(k));
            if (c >= 128 && Character.isLetter(c) && FRENCH_LETTERS.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** A Vietnamese family name followed by one to three well-formed syllables. */
    public boolean vietnamese(TextScan scan, int start, int end) {
        if (end - start < 2 || !scan.token(start).in(WordClass.VIETNAMESE_SURNAME)) {
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
}
