package org.vigie.entities.french.internal.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.RoleFamily;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.text.Vocabulary;
import org.vigie.entities.french.internal.text.WordClass;

/**
 * A name whose words are all in a longer name of the same type and head is that name
 * ({@code Bola Tinubu} = {@code Ahmed Bola Tinubu}, {@code Convention sur la cybercriminalité} =
 * {@code Convention des Nations Unies sur la cybercriminalité}); people are compared on all their
 * words, whatever their head, and two people whose roles belong to different {@link RoleFamily
 * families} ({@code le ministre de la Défense Nguyễn Văn Toàn}, {@code le footballeur Văn Toàn})
 * stay two; differing affiliations alone do not (the document rarely names two people alike). A gazetteer entry is never renamed after a longer unlinked name,
 * nor after another entry ({@code État islamique} is not {@code État islamique au Khorasan}).
 * Over 150 lines because grouping names by head, their content words and the containment test are
 * one step, sharing the same keys.
 */
public final class ContainedNames {

    /** Words that do not tell two names apart. */
    private static final long FILLERS = WordClass.FUNCTION_WORD.bit() | WordClass.NOT_CONTENT.bit();

    /** Names of one type and, but for people, one head word: only they can contain each other. */
    private record Group(EntityType type, String head) {
    }

    private final Vocabulary vocabulary;
    private final Coreference.Folds folds;

    ContainedNames(Vocabulary vocabulary, Coreference.Folds folds) {
        this.vocabulary = vocabulary;
        this.folds = folds;
    }

    /** Gives every candidate contained in a longer name of the document that name as value. */
    void resolve(List<Candidate> candidates) {
        // in the order of first mention, which also breaks ties between equally long names
        Map<TypedName, Set<String>> words = new LinkedHashMap<>();
        Map<TypedName, String> links = new HashMap<>();
        Map<TypedName, List<String>> roles = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.isEntity() && !c.is(EntityType.LOCATION)) {
                TypedName key = TypedName.of(c, c.value);
                words.computeIfAbsent(key, k -> contentWords(c.value, c.is(EntityType.PERSON)));
                if (c.feature(Features.LINK) != null) {
                    links.putIfAbsent(key, c.feature(Features.LINK));
                }
                if (c.feature(Features.ROLE) != null) {
                    roles.computeIfAbsent(key, k -> new ArrayList<>()).add(c.feature(Features.ROLE));
                }
            }
        }
        Map<TypedName, RoleFamily> families = new HashMap<>();
        roles.forEach((key, r) -> families.put(key, RoleFamily.of(r)));
        Map<Group, List<TypedName>> byGroup = new HashMap<>();
        words.keySet().forEach(k -> byGroup.computeIfAbsent(group(k), h -> new ArrayList<>()).add(k));
        Map<TypedName, String> target = new HashMap<>();
        for (List<TypedName> sameGroup : byGroup.values()) {
            Map<String, List<TypedName>> byWord = new HashMap<>();
            for (TypedName k : sameGroup) {
                words.get(k).forEach(w -> byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(k));
            }
            for (TypedName a : sameGroup) {
                TypedName best = widest(a, byWord, words, links, families);
                if (best != null) {
                    target.put(a, best.name());
                }
            }
        }
        for (Candidate c : candidates) {
            String to = target.get(TypedName.of(c, c.value));
            if (to != null) {
                c.value = to;
            }
        }
    }

    /** The longest name of the group whose words include all of {@code a}'s, or null. */
    private static TypedName widest(TypedName a, Map<String, List<TypedName>> byWord, Map<TypedName, Set<String>> words,
            Map<TypedName, String> links, Map<TypedName, RoleFamily> families) {
        Set<String> mine = words.get(a);
        if (mine.isEmpty() || mine.size() < 2 && !a.type().equals(EntityType.PERSON)) {
            return null;
        }
        // only names sharing a's rarest word can contain all of its words
        List<TypedName> group = null;
        for (String w : mine) {
            List<TypedName> having = byWord.get(w);
            group = group == null || having.size() < group.size() ? having : group;
        }
        TypedName best = null;
        for (TypedName b : group) {
            Set<String> theirs = words.get(b);
            // a gazetteer entry is never renamed after a longer unlinked name, nor after another entry
            boolean twoThings = links.containsKey(a) && (!links.containsKey(b) || !links.get(a).equals(links.get(b)))
                    || families.get(a) != null && families.get(b) != null && families.get(a) != families.get(b);
            boolean wider = theirs.size() > mine.size() || theirs.equals(mine) && b.name().compareTo(a.name()) < 0;
            if (!a.equals(b) && !twoThings && wider && theirs.containsAll(mine)
                    && (best == null || b.name().length() > best.name().length())) {
                best = b;
            }
        }
        return best;
    }

    /**
     * The type and, but for people, the first word of the folded name ({@code ministere}), words
     * being separated by spaces, apostrophes and {@code |}. A name without a word is a group of
     * its own.
     */
    private Group group(TypedName key) {
        String folded = folds.of(key.name());
        if (!hasWord(folded)) {
            return new Group(key.type(), "|" + key.name());
        }
        if (key.type().equals(EntityType.PERSON)) {
            return new Group(key.type(), null);
        }
        int separator = separatorFrom(folded, 0);
        String head = folded.substring(0, separator < 0 ? folded.length() : separator);
        if (key.type().equals(EntityType.EVENT) && separator > 0 && ordinal(head)) {
            // "61e Conférence de X sur Y" and "la Conférence sur Y": a meeting's head follows its number
            int next = separatorFrom(folded, separator + 1);
            head = folded.substring(separator + 1, next < 0 ? folded.length() : next);
        }
        return new Group(key.type(), head);
    }

    /** {@code 61e}, {@code xixe}, {@code troisieme}: a folded ordinal. */
    private boolean ordinal(String word) {
        char first = word.charAt(0);
        return first >= '0' && first <= '9' || (vocabulary.classesOf(word) & WordClass.ORDINAL_WORD.bit()) != 0
                || word.length() > 2 && word.endsWith("e") && word.chars().limit(word.length() - 1).allMatch(c -> "ivxlc".indexOf(c) >= 0);
    }

    private static int separatorFrom(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (isHeadSeparator(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isHeadSeparator(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeadSeparator(char c) {
        return c == ' ' || c == '|' || c == '\'';
    }

    /** The words of a name that tell it apart: all of a person's, the others' without function words. */
    private Set<String> contentWords(String value, boolean person) {
        Set<String> words = new LinkedHashSet<>();
        String folded = folds.of(value);
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || isSeparator(folded.charAt(i))) {
                String w = folded.substring(start, i);
                if (!w.isEmpty() && (person || (vocabulary.classesOf(w) & FILLERS) == 0)) {
                    words.add(w);
                }
                start = i + 1;
            }
        }
        return words;
    }

    /** The chars of {@code [\\s'’,()-]}, what separates the words of a name. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\''
                || c == '\u2019' || c == ',' || c == '(' || c == ')' || c == '-';
    }
}
