package org.vigie.entities.french.internal.grammar;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.french.internal.lexicon.PhraseTable;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.text.Token;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * Reads a title or role as French news writes it before or after a name: a role word of the
 * lexicon ({@code vice-ministre}, {@code lieutenant-général}, {@code secrétaire général}),
 * optional qualifiers ({@code nouveau}, {@code ancien}, a country adjective, {@code en exercice},
 * {@code chargé des ...}) and a complement ({@code de la Sécurité publique du Vietnam}). Roles
 * joined by {@code et} ({@code vice-Premier ministre et ministre de l'Intérieur}) are read as one
 * chain; the first is the role.
 */
public final class RoleReader {

    private final PhraseGrammar grammar;

    public RoleReader(PhraseGrammar grammar) {
        this.grammar = grammar;
    }

    /** A role read at token i, or null. */
    public Role read(TextScan scan, int i) {
        int start = i;
        if (i < scan.size() && isQualifier(scan.token(i))) {
            i++;
        }
        if (i >= scan.size() || !scan.token(i).isWord()) {
            return null;
        }
        PhraseTable.Match<String> word = scan.lexicon.roles.longestAt(scan.tokens, i);
        if (word == null) {
            return null;
        }
        int end = word.end();
        while (end < scan.size() && (Adjectives.isAdjective(scan, end) || scan.lexicon.demonymCountry(scan.token(end)) != null)) {
            end++;
        }
        end = nameAfterDomain(scan, word.end(), grammar.complementEnd(scan, end, true, true), word.value().endsWith("ministre"));
        int chainEnd = end;
        while (scan.is(chainEnd, "et")) {
            Role next = read(scan, chainEnd + 1);
            if (next == null) {
                break;
            }
            chainEnd = next.end();
        }
        return new Role(start, end, chainEnd, scan.covered(word.start(), end),
                affiliation(scan, word.start(), word.end(), end), word.value());
    }

    /**
     * {@code ministre de la Culture Rachida Dati}, {@code vice-ministre de la Défense Seyed Hamzeh
     * Ghalandari}: a complement ending in a run of capitalised words the gazetteer does not know
     * holds the ministry's domain (one word) and then a name. The name starts after a known name
     * ({@code Wall Street Journal}), at a given or family name of the lexicon, else, for a minister
     * (whose domain is one word), after the first word when the run has three words or more, for
     * another role with the last two words when the run has four or more.
     */
    private static int nameAfterDomain(TextScan scan, int from, int end, boolean minister) {
        int run = end;
        while (run > from && scan.token(run - 1).capitalised() && scan.coveringAt(run - 1) == null) {
            run--;
        }
        if (end - run < 2 || run == from) {
            return end;
        }
        if (scan.coveringAt(run - 1) != null && scan.token(run - 1).capitalised()) {
            return run; // "journaliste du Wall Street Journal Evan Gershkovich": a known name ends the role
        }
        if (!(scan.token(run - 1).lowercase() || scan.token(run - 1).kind() == Token.Kind.ELISION)) {
            return end;
        }
        for (int p = run + 1; p < end - 1; p++) {
            Token t = scan.token(p);
            if (t.in(WordClass.FIRST_NAME) || t.in(WordClass.VIETNAMESE_SURNAME)) {
                return p;
            }
        }
        if (!minister && end - run >= 4) {
            return end - 2; // "sénateur de Forza Italia Giancarlo Pittelli": a two-word body, then a two-word name
        }
        return minister && end - run >= 3 ? run + 1 : end;
    }

    private static boolean isQualifier(Token t) {
        return t.lowercase() && t.in(WordClass.QUALIFIER);
    }

    /** The organisation or country the role belongs to, as far as the text tells. */
    private static String affiliation(TextScan scan, int wordStart, int wordEnd, int end) {
        if (scan.token(wordEnd - 1).folded().endsWith("ministre") && wordEnd < end) {
            String ministry = ministry(scan, wordEnd, end);
            if (ministry != null) {
                return ministry;
            }
        }
        for (EntityType type : new EntityType[] {EntityType.ORGANIZATION, EntityType.LOCATION}) {
            for (int i = wordEnd; i < end; i++) {
                Candidate c = scan.coveringAt(i, type);
                if (c != null && c.start >= wordStart) {
                    return c.value;
                }
            }
        }
        for (int i = wordEnd; i < end; i++) {
            String country = scan.lexicon.demonymCountry(scan.token(i));
            if (country != null && scan.token(i).lowercase()) {
                return country;
            }
        }
        return null;
    }

    /** {@code ministre [iranien] des Affaires étrangères [du Vietnam]} is with {@code Ministère des Affaires étrangères}. */
    private static String ministry(TextScan scan, int from, int end) {
        int i = from;
        while (i < end && scan.token(i).lowercase() && scan.token(i).in(WordClass.DEMONYM)) {
            i++;
        }
        if (i >= end || !(scan.is(i, "de") || scan.is(i, "du") || scan.is(i, "des") || scan.is(i, "d'"))) {
            return null;
        }
        int tail = NamePhrase.trailingAttachment(scan, i, end, EntityType.LOCATION);
        int stop = tail > i ? tail : end;
        int comma = i;
        while (comma < stop && !scan.isPunct(comma, ',') && !scan.is(comma, "charge") && !scan.is(comma, "chargee")) {
            comma++;
        }
        return "Ministère " + scan.covered(i, comma);
    }

    /**
     * A role over tokens {@code [start, end)}; {@code chainEnd} is past the roles joined to it.
     *
     * @param key the folded role word ({@code vice-ministre})
     */
    public record Role(int start, int end, int chainEnd, String text, String affiliation, String key) {
    }
}
