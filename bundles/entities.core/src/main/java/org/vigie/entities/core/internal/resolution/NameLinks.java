package org.vigie.entities.core.internal.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Groups the text declares to be one thing ({@code Features.DECLARED}), merged across the corpus:
 * a union-find over group keys ({@code TYPE:folded name}). A link counts only when both groups are
 * in the index, so a document removed or extracted again takes the links it alone declared with
 * it. Each merged entity is keyed by its member named in the most documents (then the first key).
 */
public final class NameLinks {

    /** No group merged with another. */
    public static final NameLinks NONE = new NameLinks(Map.of(), Map.of());

    private final Map<String, String> keyOfGroup;
    private final Map<String, List<String>> groupsOfKey;

    private NameLinks(Map<String, String> keyOfGroup, Map<String, List<String>> groupsOfKey) {
        this.keyOfGroup = keyOfGroup;
        this.groupsOfKey = groupsOfKey;
    }

    /**
     * Merges each group with the groups it declares.
     *
     * @param declared a group to the groups declared for it (those absent from the index are ignored)
     * @param documents the number of documents naming a group, 0 when it is not in the index or
     *     must not be merged (same-name people told apart)
     */
    public static NameLinks of(Map<String, Set<String>> declared, ToIntFunction<String> documents) {
        return of(declared, documents, group -> Set.of());
    }

    /**
     * Merges each group with the groups it declares, unless the documents' evidence on who they
     * are conflicts ({@link PersonEvidence#compatible}): two names are not linked when some
     * document of one and some document of the other cannot speak of one person, and this holds
     * for the whole merged entity, not only the pair a declaration names.
     *
     * @param evidence a group to its documents' evidence ({@link EntityGroup#affiliationKey()}),
     *     empty when none tells anything
     */
    public static NameLinks of(Map<String, Set<String>> declared, ToIntFunction<String> documents,
            Function<String, Set<String>> evidence) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Set<String>> evidenceOfRoot = new HashMap<>();
        new TreeMap<>(declared).forEach((group, targets) -> targets.forEach(target -> { // sorted: the same merges every time
            if (!target.equals(group) && documents.applyAsInt(target) > 0 && documents.applyAsInt(group) > 0) {
                String from = root(parent, target);
                String to = root(parent, group);
                Set<String> fromEvidence = evidenceOfRoot.computeIfAbsent(from, evidence);
                Set<String> toEvidence = evidenceOfRoot.computeIfAbsent(to, evidence);
                if (!from.equals(to) && agree(fromEvidence, toEvidence)) {
                    parent.put(from, to);
                    Set<String> both = new HashSet<>(toEvidence);
                    both.addAll(fromEvidence);
                    evidenceOfRoot.put(to, both);
                }
            }
        }));
        Map<String, List<String>> components = new TreeMap<>();
        for (String group : new ArrayList<>(parent.keySet())) {
            components.computeIfAbsent(root(parent, group), r -> new ArrayList<>()).add(group);
        }
        Map<String, String> keyOf = new HashMap<>();
        Map<String, List<String>> groupsOf = new HashMap<>();
        components.forEach((root, members) -> {
            if (!members.contains(root)) {
                members.add(root);
            }
            members.sort(Comparator.<String>comparingInt(documents::applyAsInt).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            String key = members.get(0);
            members.forEach(m -> keyOf.put(m, key));
            groupsOf.put(key, List.copyOf(members));
        });
        return new NameLinks(keyOf, groupsOf);
    }

    private static boolean agree(Set<String> a, Set<String> b) {
        return a.stream().allMatch(x -> b.stream().allMatch(y -> PersonEvidence.compatible(x, y)));
    }

    private static String root(Map<String, String> parent, String group) {
        String root = group;
        for (String up = parent.get(root); up != null; up = parent.get(root)) {
            root = up;
        }
        if (!root.equals(group)) {
            parent.put(group, root); // path compression, one step
        }
        return root;
    }

    /** The key of the entity a group belongs to: the group itself unless merged. */
    public String keyOf(String group) {
        return keyOfGroup.getOrDefault(group, group);
    }

    /** The groups merged into the entity {@code key}: only itself unless merged. */
    public List<String> groupsOf(String key) {
        return groupsOfKey.getOrDefault(keyOf(key), List.of(key));
    }
}
