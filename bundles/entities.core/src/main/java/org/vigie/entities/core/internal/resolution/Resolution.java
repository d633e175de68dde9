package org.vigie.entities.core.internal.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Which entity each document's group belongs to, across the corpus.
 * <p>
 * Evidence rule: groups of the same type and folded value are one entity, except PERSONs whose
 * affiliations or roles conflict. For a PERSON group, the documents' evidence ({@link PersonEvidence}:
 * main affiliation, folded, and the family of the roles) is clustered: two documents are compatible
 * when one affiliation contains the other (the words of one appear in order in the other:
 * {@code interpol} and {@code departement de la cybercriminalite d'interpol}) or one gives none, and
 * their roles are not of two different {@link org.vigie.entities.api.RoleFamily families} (office, sport, arts);
 * incompatible evidence makes separate entities, keyed {@code PERSON:name#affiliation} (or
 * {@code #role:sport} when the cluster's evidence is a role alone). A document that gives the
 * person neither carries no evidence either way and joins the cluster seen in most documents.
 * <p>
 * Groups the text declares to be one thing are then merged ({@link NameLinks}); a group that
 * same-name people split is never merged (the declaration cannot say which of them it meant).
 */
public final class Resolution {

    /** The clusters of one group whose documents disagree on the affiliation. */
    private record Split(String largest, Map<String, String> clusterOfAffiliation) {
    }

    private final Map<String, Split> splits;
    private final NameLinks links;
    private final long version;

    private Resolution(Map<String, Split> splits, NameLinks links, long version) {
        this.splits = splits;
        this.links = links;
        this.version = version;
    }

    public long version() {
        return version;
    }

    /**
     * Builds the resolution from the documents per affiliation of each PERSON group.
     *
     * @param documentsPerAffiliation group to (folded affiliation to number of documents)
     */
    public static Resolution of(Map<String, Map<String, Integer>> documentsPerAffiliation, long version) {
        return of(documentsPerAffiliation, (split, evidence) -> NameLinks.NONE, version);
    }

    /**
     * Builds the resolution, then merges the groups it does not split as {@code links} says.
     *
     * @param links the merges, given which groups are split (those must not be merged) and each
     *     group's documents' evidence (no merge across conflicting evidence)
     */
    public static Resolution of(Map<String, Map<String, Integer>> documentsPerAffiliation,
            BiFunction<Set<String>, Function<String, Set<String>>, NameLinks> links, long version) {
        Map<String, Split> splits = new HashMap<>();
        documentsPerAffiliation.forEach((group, counts) -> {
            if (counts.size() > 1) {
                Split split = split(group, counts);
                if (new TreeSet<>(split.clusterOfAffiliation().values()).size() > 1) {
                    splits.put(group, split);
                }
            }
        });
        Function<String, Set<String>> evidence = group -> documentsPerAffiliation.getOrDefault(group, Map.of()).keySet();
        return new Resolution(splits, links.apply(Set.copyOf(splits.keySet()), evidence), version);
    }

    private static Split split(String group, Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> byDocuments = new ArrayList<>(counts.entrySet());
        byDocuments.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, String> keyOfRepresentative = new LinkedHashMap<>();
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : byDocuments) {
            String affiliation = e.getKey();
            String cluster = keyOfRepresentative.keySet().stream()
                    .filter(r -> compatible(r, affiliation)).findFirst().orElse(null);
            if (cluster == null) {
                cluster = affiliation;
                String label = PersonEvidence.label(affiliation);
                keyOfRepresentative.put(affiliation, group + "#"
                        + (keyOfRepresentative.containsValue(group + "#" + label) ? affiliation : label));
            }
            clusterOf.put(affiliation, keyOfRepresentative.get(cluster));
        }
        return new Split(keyOfRepresentative.values().iterator().next(), clusterOf);
    }

    /** Whether two documents' evidence may be one person's ({@link PersonEvidence#compatible}). */
    public static boolean compatible(String a, String b) {
        return PersonEvidence.compatible(a, b);
    }

    /** The entity key of a document's group given its folded main affiliation. */
    public String entityKey(String group, String affiliation) {
        Split split = splits.get(group);
        if (split == null) {
            return links.keyOf(group);
        }
        if (EntityGroup.NO_AFFILIATION.equals(affiliation)) {
            return split.largest();
        }
        return split.clusterOfAffiliation().getOrDefault(affiliation, group + "#" + affiliation);
    }

    /** Whether some entity is made of several groups (names the text declared one thing). */
    public boolean merges() {
        return links != NameLinks.NONE;
    }

    /** Whether the group's documents make more than one entity. */
    public boolean isSplit(String group) {
        return splits.containsKey(group);
    }

    /** The groups whose documents make up an entity (more than one when the text declared them one). */
    public List<String> groupsOf(String entityKey) {
        String group = groupOf(entityKey);
        return splits.containsKey(group) ? List.of(group) : links.groupsOf(group);
    }

    /** The key of the entity a key or a merged group's key stands for. */
    public String keyOf(String entityKey) {
        return splits.containsKey(groupOf(entityKey)) ? entityKey : links.keyOf(entityKey);
    }

    /** The group an entity key belongs to. */
    public String groupOf(String entityKey) {
        int hash = entityKey.lastIndexOf('#');
        return hash > 0 && splits.containsKey(entityKey.substring(0, hash)) ? entityKey.substring(0, hash) : entityKey;
    }

    /**
     * The folded affiliations whose documents make up the entity, or null when every document of
     * its group does (the group is not split).
     */
    public Set<String> affiliationsOf(String entityKey) {
        String group = groupOf(entityKey);
        Split split = splits.get(group);
        if (split == null) {
            return null;
        }
        Set<String> affiliations = new TreeSet<>();
        split.clusterOfAffiliation().forEach((affiliation, cluster) -> {
            if (cluster.equals(entityKey)) {
                affiliations.add(affiliation);
            }
        });
        if (split.largest().equals(entityKey)) {
            affiliations.add(EntityGroup.NO_AFFILIATION);
        }
        return affiliations;
    }
}
