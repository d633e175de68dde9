package org.vigie.entities.core.internal.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which entity each document's group belongs to, across the corpus.
 * <p>
 * Evidence rule: groups of the same type and folded value are one entity, except PERSONs whose
 * affiliations conflict. For a PERSON group, the documents' main affiliations (folded) are
 * clustered: two affiliations are compatible when one contains the other (the words of one appear in
 * order in the other: {@code interpol} and {@code departement de la cybercriminalite d'interpol}); incompatible affiliations make
 * separate entities, keyed {@code PERSON:name#affiliation}. A document that gives the person no
 * affiliation carries no evidence either way and joins the cluster seen in most documents.
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
        return of(documentsPerAffiliation, declared -> NameLinks.NONE, version);
    }

    /**
     * Builds the resolution, then merges the groups it does not split as {@code links} says.
     *
     * @param links the merges, given which groups are split (those must not be merged)
     */
    public static Resolution of(Map<String, Map<String, Integer>> documentsPerAffiliation,
            Function<Set<String>, NameLinks> links, long version) {
        Map<String, Split> splits = new HashMap<>();
        documentsPerAffiliation.forEach((group, counts) -> {
            if (counts.size() > 1) {
                Split split = split(group, counts);
                if (new TreeSet<>(split.clusterOfAffiliation().values()).size() > 1) {
                    splits.put(group, split);
                }
            }
        });
        return new Resolution(splits, links.apply(Set.copyOf(splits.keySet())), version);
    }

    private static Split split(String group, Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> byDocuments = new ArrayList<>(counts.entrySet());
        byDocuments.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<String> representatives = new ArrayList<>();
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : byDocuments) {
            String affiliation = e.getKey();
            String cluster = representatives.stream()
                    .filter(r -> compatible(r, affiliation)).findFirst().orElse(null);
            if (cluster == null) {
                cluster = affiliation;
                representatives.add(affiliation);
            }
            clusterOf.put(affiliation, group + "#" + cluster);
        }
        return new Split(group + "#" + representatives.get(0), clusterOf);
    }

    /** Whether one affiliation's words appear, in order, within the other's. */
    public static boolean compatible(String a, String b) {
        String wordsA = " " + a.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        String wordsB = " " + b.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        return wordsA.contains(wordsB) || wordsB.contains(wordsA);
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
