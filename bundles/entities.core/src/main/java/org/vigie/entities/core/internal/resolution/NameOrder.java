package org.vigie.entities.core.internal.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * PERSON names made of the same words in another order ({@code PERSON:lam to} and
 * {@code PERSON:to lam}, {@code PERSON:jinping xi} and {@code PERSON:xi jinping}): Vietnamese and
 * Chinese names are written family name first and sometimes reordered. The same words alone are no
 * proof (two people may share them); two such names are linked only when their documents share a
 * role (folded, {@code secretaire general}) or an affiliation (one's words within the other's);
 * {@link NameLinks} still refuses the link when their evidence conflicts. The extractor, which
 * knows the family names, declares the family-name order itself.
 */
public final class NameOrder {

    private NameOrder() {
    }

    /** The key shared by the names of the same words in any order: type and sorted words. */
    public static String wordsKey(String group) {
        int colon = group.indexOf(':');
        String[] words = group.substring(colon + 1).split(" ");
        Arrays.sort(words);
        return group.substring(0, colon + 1) + String.join(" ", words);
    }

    /** The PERSON groups of two or more words, by their {@link #wordsKey}, where a key has several. */
    public static Collection<List<String>> reorderings(Collection<String> groups) {
        Map<String, List<String>> byWords = new HashMap<>();
        for (String group : groups) {
            if (group.startsWith("PERSON:") && group.indexOf(' ') > 0) {
                byWords.computeIfAbsent(wordsKey(group), k -> new ArrayList<>()).add(group);
            }
        }
        byWords.values().removeIf(same -> same.size() < 2);
        return byWords.values();
    }

    /**
     * The links between reordered names whose documents share a role or an affiliation.
     *
     * @param roles a group to the folded roles its documents give
     * @param affiliations a group to the folded affiliations its documents give
     */
    public static Map<String, Set<String>> links(Collection<List<String>> reorderings,
            Function<String, Set<String>> roles, Function<String, Set<String>> affiliations) {
        Map<String, Set<String>> links = new HashMap<>();
        for (List<String> same : reorderings) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    String a = same.get(i);
                    String b = same.get(j);
                    if (shareOne(roles.apply(a), roles.apply(b), String::equals)
                            || shareOne(affiliations.apply(a), affiliations.apply(b), PersonEvidence::wordsWithin)) {
                        links.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
                    }
                }
            }
        }
        return links;
    }

    private static boolean shareOne(Set<String> a, Set<String> b, java.util.function.BiPredicate<String, String> same) {
        return a.stream().anyMatch(x -> !x.isEmpty() && b.stream().anyMatch(y -> !y.isEmpty() && same.test(x, y)));
    }
}
