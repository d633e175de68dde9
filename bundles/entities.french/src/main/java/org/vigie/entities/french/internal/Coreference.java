package org.vigie.entities.french.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.NameKey;

/**
 * Within-document resolution: every mention of one thing gets one value, the fullest and most
 * accented form, because the entity index groups mentions by {@code (type, fold(value))}.
 * <ul>
 * <li>a name whose words are all in a longer name of the same type and head is that name
 * ({@code Bola Tinubu} = {@code Ahmed Bola Tinubu}, {@code Convention sur la cybercriminalité} =
 * {@code Convention des Nations Unies sur la cybercriminalité});</li>
 * <li>a name given as another's alias (brackets) is that one;</li>
 * <li>of the spellings of one folded key, the most accented wins ({@code Lương Tam Quang});</li>
 * <li>a ministry keeps its country adjective only when the document names the same ministry of
 * another country too ({@code ministère chinois des Affaires étrangères}).</li>
 * </ul>
 */
final class Coreference {

    /** Words that do not tell two names apart. */
    private static final long FILLERS = Word.FUNCTION_WORD.bit() | Word.NOT_CONTENT.bit();

    /** Folded forms, memoised for this document only. */
    private final Map<String, String> folds = new HashMap<>();
    private final Vocabulary vocabulary;

    private Coreference(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    static void resolve(TextScan scan, List<Candidate> candidates) {
        Coreference resolution = new Coreference(scan.lexicon.vocabulary);
        resolution.aliases(scan, candidates);
        sameBodyByCountry(scan, candidates);
        resolution.subsets(scan, candidates);
        resolution.qualifyForeignMinistries(candidates);
        resolution.accents(scan, candidates);
    }

    /**
     * {@code la police colombienne} after {@code la Police nationale de Colombie}: a head and a
     * country adjective name the body of that head and country the document already named.
     */
    private static void sameBodyByCountry(TextScan scan, List<Candidate> candidates) {
        Map<String, String> byHeadAndCountry = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.is(EntityType.ORGANIZATION) && c.feature(Features.COUNTRY) != null) {
                byHeadAndCountry.putIfAbsent(scan.token(c.start).folded() + "|" + c.feature(Features.COUNTRY), c.value);
            }
        }
        if (byHeadAndCountry.isEmpty()) {
            return;
        }
        for (Candidate c : candidates) {
            String country = c.is(EntityType.ORGANIZATION) && c.end == c.start + 2 && c.feature(Features.COUNTRY) == null
                    && scan.token(c.start + 1).lowercase() ? scan.lexicon.demonyms.get(scan.token(c.start + 1).folded()) : null;
            String body = country == null ? null : byHeadAndCountry.get(scan.token(c.start).folded() + "|" + country);
            if (body != null) {
                c.value = body;
            }
        }
    }

    private void aliases(TextScan scan, List<Candidate> candidates) {
        Map<String, String> byAlias = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.feature(Features.ALIAS) != null) {
                byAlias.putIfAbsent(c.type + "|" + fold(c.feature(Features.ALIAS)), c.value);
            }
        }
        if (byAlias.isEmpty()) {
            return;
        }
        for (Candidate c : candidates) {
            String target = byAlias.get(c.type + "|" + fold(c.value));
            if (target == null) {
                target = byAlias.get(c.type + "|" + fold(scan.covered(c.start, c.end)));
            }
            if (target != null) {
                c.value = target;
            }
        }
    }

    private void subsets(TextScan scan, List<Candidate> candidates) {
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, String> links = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.isEntity() && !c.is(EntityType.LOCATION)) {
                String key = c.type + "|" + c.value;
                words.computeIfAbsent(key, k -> contentWords(c.value, c.is(EntityType.PERSON)));
                if (c.feature(Features.LINK) != null) {
                    links.putIfAbsent(key, c.feature(Features.LINK));
                }
            }
        }
        Map<String, List<String>> byHead = new HashMap<>();
        words.keySet().forEach(k -> byHead.computeIfAbsent(typeAndHead(k), h -> new ArrayList<>()).add(k));
        Map<String, String> target = new HashMap<>();
        for (List<String> sameHead : byHead.values()) {
            Map<String, List<String>> byWord = new HashMap<>();
            for (String k : sameHead) {
                words.get(k).forEach(w -> byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(k));
            }
            for (String a : sameHead) {
                String best = widest(a, byWord, words, links);
                if (best != null) {
                    target.put(a, best.substring(best.indexOf('|') + 1));
                }
            }
        }
        for (Candidate c : candidates) {
            String to = target.get(c.type + "|" + c.value);
            if (to != null) {
                c.value = to;
            }
        }
    }

    /** The longest name of the group whose words include all of {@code a}'s, or null. */
    private static String widest(String a, Map<String, List<String>> byWord, Map<String, Set<String>> words,
            Map<String, String> links) {
        Set<String> mine = words.get(a);
        if (mine.isEmpty() || mine.size() < 2 && !a.startsWith("PERSON|")) {
            return null;
        }
        // only names sharing a's rarest word can contain all of its words
        List<String> group = null;
        for (String w : mine) {
            List<String> having = byWord.get(w);
            group = group == null || having.size() < group.size() ? having : group;
        }
        String best = null;
        for (String b : group) {
            Set<String> theirs = words.get(b);
            // a gazetteer entry is never renamed after a longer unlinked name, nor after another entry
            boolean twoThings = links.containsKey(a) && (!links.containsKey(b) || !links.get(a).equals(links.get(b)));
            boolean wider = theirs.size() > mine.size() || theirs.equals(mine) && b.compareTo(a) < 0;
            if (!a.equals(b) && !twoThings && wider && theirs.containsAll(mine)
                    && (best == null || b.length() > best.length())) {
                best = b;
            }
        }
        return best;
    }

    /** The type and, but for people, the head word: {@code ORGANIZATION|ministere}. */
    private String typeAndHead(String key) {
        // what fold(key).split("[ |']") gives as its first two parts, without compiling the pattern per call
        String folded = fold(key);
        int first = separatorFrom(folded, 0);
        if (first < 0 || !hasWordAfter(folded, first)) {
            return key;
        }
        String type = folded.substring(0, first);
        int second = separatorFrom(folded, first + 1);
        return type.equals("person") ? type : type + "|" + folded.substring(first + 1, second < 0 ? folded.length() : second);
    }

    private static int separatorFrom(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '|' || c == '\'') {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasWordAfter(String s, int separator) {
        for (int i = separator + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '|' && c != '\'') {
                return true;
            }
        }
        return false;
    }

    /** The words of a name that tell it apart: all of a person's, the others' without function words. */
    private Set<String> contentWords(String value, boolean person) {
        Set<String> words = new LinkedHashSet<>();
        String folded = fold(value);
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

    private void accents(TextScan scan, List<Candidate> candidates) {
        Map<String, String> best = new HashMap<>();
        String[] keys = new String[candidates.size()];
        for (int i = 0; i < keys.length; i++) {
            Candidate c = candidates.get(i);
            String key = c.type + "|" + fold(c.value);
            keys[i] = key;
            best.merge(key, c.value, (a, b) -> marks(b) > marks(a) ? b : a);
            String written = scan.covered(c.start, c.end);
            if (!written.equals(c.value) && fold(written).equals(fold(c.value))) {
                best.merge(key, NamePhrase.capitalise(written), (a, b) -> marks(b) > marks(a) ? b : a);
            }
        }
        for (int i = 0; i < keys.length; i++) {
            candidates.get(i).value = best.get(keys[i]);
        }
    }

    private String fold(String s) {
        return folds.computeIfAbsent(s, NameKey::fold);
    }

    private static int marks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) > 127 ? 1 : 0;
        }
        return n;
    }

    private void qualifyForeignMinistries(List<Candidate> candidates) {
        Map<String, Set<String>> countries = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.is(EntityType.ORGANIZATION)) {
                countries.computeIfAbsent(fold(c.value), k -> new LinkedHashSet<>())
                        .add(String.valueOf(c.feature(Features.COUNTRY)));
            }
        }
        String home = homeCountry(candidates);
        List<Candidate> foreign = new ArrayList<>();
        for (Candidate c : candidates) {
            Set<String> seen = countries.get(fold(c.value));
            String country = c.feature(Features.COUNTRY);
            if (c.qualified != null && seen != null && seen.size() > 1 && country != null && !country.equals(home)) {
                foreign.add(c);
            }
        }
        foreign.forEach(c -> c.value = c.qualified);
    }

    /** The place the document names most often (ties: the first named). */
    private static String homeCountry(List<Candidate> candidates) {
        Map<String, Integer> counts = new HashMap<>();
        String home = null;
        for (Candidate c : candidates) {
            if (c.is(EntityType.LOCATION)) {
                int n = counts.merge(c.value, 1, Integer::sum);
                if (home == null || n > counts.get(home)) {
                    home = c.value;
                }
            }
        }
        return home;
    }
}
