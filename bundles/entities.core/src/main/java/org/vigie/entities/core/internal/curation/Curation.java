package org.vigie.entities.core.internal.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.vigie.curation.api.Decision;
import org.vigie.entities.api.NameKey;

/**
 * The analyst's entity decisions in force, as a mapping from the keys extraction made to the keys
 * the analyst sees: each raw key walks the decisions that target the key it has become, oldest
 * first (a merge moves it to the first target, a retype to its new type, a split moves the
 * documents named to a key of their own, a reject drops it everywhere or in one document). A
 * rename changes no key, only the name shown. Immutable; the walks not depending on a document
 * are remembered.
 */
public final class Curation {

    public static final Curation NONE = new Curation(List.of(), -1);

    private static final String REJECTED = "\u0000";
    private static final String DEPENDS = "\u0001";

    private final List<Decision> decisions;
    private final long revision;
    /** Indices of the decisions targeting each key, ascending. */
    private final Map<String, List<Integer>> byTarget = new HashMap<>();
    private final Map<String, String> walked = new ConcurrentHashMap<>();
    private final Map<String, String> names;
    private final Map<String, Set<String>> sources;
    private final boolean retypes;
    /** Every document a split or a one-document reject names. */
    private final Set<String> documents = new java.util.HashSet<>();
    /** Walks in a document no decision names, by raw key. */
    private final Map<String, String> elsewhere = new ConcurrentHashMap<>();

    private Curation(List<Decision> decisions, long revision) {
        this.decisions = List.copyOf(decisions);
        this.revision = revision;
        for (int i = 0; i < this.decisions.size(); i++) {
            for (String target : this.decisions.get(i).targets()) {
                byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(i);
            }
        }
        this.names = Renames.of(this.decisions);
        this.sources = Reach.sources(this);
        this.retypes = this.decisions.stream().anyMatch(d -> d.action().equals(Decision.ENTITY_RETYPE));
        for (Decision d : this.decisions) {
            documents.addAll(Actions.documents(d));
            if (d.action().equals(Decision.ENTITY_REJECT) && Actions.rejectedIn(d) != null) {
                documents.add(Actions.rejectedIn(d));
            }
        }
    }

    /** The entity decisions among {@code inForce} (grades and a plugin's own actions are not entities' business). */
    public static Curation of(List<Decision> inForce, long revision) {
        List<Decision> entities = inForce.stream().filter(d -> Actions.ENTITY.contains(d.action())).toList();
        return entities.isEmpty() ? new Curation(List.of(), revision) : new Curation(entities, revision);
    }

    public long revision() {
        return revision;
    }

    public boolean isEmpty() {
        return decisions.isEmpty();
    }

    List<Decision> decisions() {
        return decisions;
    }

    /** Whether some decision retypes an entity: a type filter must then read the curated key's type. */
    public boolean retypes() {
        return retypes;
    }

    /** Whether the raw key's walk depends on the document (a split or a reject in one document on its way). */
    public boolean perDocument(String rawKey) {
        return byTarget.containsKey(rawKey) && walkedOnce(rawKey).equals(DEPENDS);
    }

    /** The curated key of a raw key whose walk does not depend on the document, or null when it is rejected. */
    public String keyOf(String rawKey) {
        if (!byTarget.containsKey(rawKey)) {
            return rawKey;
        }
        String key = walkedOnce(rawKey);
        if (key.equals(DEPENDS)) {
            throw new IllegalStateException(rawKey + " is curated per document: give the document");
        }
        return key.equals(REJECTED) ? null : key;
    }

    private String walkedOnce(String rawKey) {
        return walked.computeIfAbsent(rawKey, k -> {
            String w = walk(k, null);
            return w == null ? DEPENDS : w;
        });
    }

    /** Every document some decision names (a split's, a one-document reject's). */
    public Set<String> documents() {
        return documents;
    }

    /** The curated key of a raw key in a document no decision names, or null when it is rejected there. */
    public String keyElsewhere(String rawKey) {
        String key = elsewhere.computeIfAbsent(rawKey, k -> walk(k, DEPENDS)); // DEPENDS is no document id
        return key.equals(REJECTED) ? null : key;
    }

    /** The curated key of a raw key in one document, or null when it is rejected there. */
    public String keyOf(String rawKey, String documentId) {
        String key = walk(rawKey, documentId);
        return key.equals(REJECTED) ? null : key;
    }

    /**
     * Walks the decisions from {@code rawKey}; with no document, returns null as soon as the walk
     * would depend on one.
     */
    private String walk(String rawKey, String documentId) {
        String key = rawKey;
        int position = -1;
        for (int next = next(key, position); next >= 0; next = next(key, position)) {
            Decision d = decisions.get(next);
            position = next;
            Step step = Step.of(d, key, documentId);
            if (step == Step.DEPENDS) {
                return null;
            }
            key = step.apply(d, key);
            if (key.equals(REJECTED)) {
                return REJECTED;
            }
        }
        return key;
    }

    /** The first decision after {@code position} targeting {@code key}, or -1. */
    int next(String key, int position) {
        List<Integer> targeting = byTarget.get(key);
        if (targeting != null) {
            for (int i : targeting) {
                if (i > position) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The raw keys whose mentions may end in {@code curatedKey}, itself included. */
    public Set<String> sourcesOf(String curatedKey) {
        Set<String> raw = sources.get(curatedKey);
        if (raw == null) {
            return Set.of(curatedKey);
        }
        Set<String> all = new LinkedHashSet<>(raw);
        all.add(curatedKey);
        return all;
    }

    /** Whether decisions gather other keys into this one (a merge): it may have several entity documents in one document. */
    public boolean gathers(String curatedKey) {
        return sources.containsKey(curatedKey);
    }

    /** Whether the entity's mentions must be checked one by one: decisions move some in or out of it. */
    public boolean touches(String curatedKey) {
        return sources.containsKey(curatedKey) || byTarget.containsKey(curatedKey);
    }

    /** The name the analyst gave the entity, or null. */
    public String nameOf(String curatedKey) {
        return names.get(curatedKey);
    }

    /** The curated keys the analyst named so (folded), for finding an entity by its new name. */
    public List<String> named(String name) {
        String folded = NameKey.fold(name.strip());
        return names.entrySet().stream().filter(e -> NameKey.fold(e.getValue()).equals(folded)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    static boolean rejected(String key) {
        return key.equals(REJECTED);
    }

    static String rejectedKey() {
        return REJECTED;
    }
}
