package org.vigie.entities.core.internal.curation;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final List<Decision> decisions;
    private final long revision;
    private final Walks walks;
    private final Map<String, String> names;
    private final Map<String, Set<String>> sources;
    private final boolean retypes;
    /** Every document a split or a one-document reject names. */
    private final Set<String> documents = new HashSet<>();

    private Curation(List<Decision> decisions, long revision) {
        this.decisions = List.copyOf(decisions);
        this.revision = revision;
        this.walks = new Walks(this.decisions);
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
        return walks.targeted(rawKey) && walks.anywhere(rawKey).equals(Walks.DEPENDS);
    }

    /** The curated key of a raw key whose walk does not depend on the document, or null when it is rejected. */
    public String keyOf(String rawKey) {
        if (!walks.targeted(rawKey)) {
            return rawKey;
        }
        String key = walks.anywhere(rawKey);
        if (key.equals(Walks.DEPENDS)) {
            throw new IllegalStateException(rawKey + " is curated per document: give the document");
        }
        return orNull(key);
    }

    /** Every document some decision names (a split's, a one-document reject's). */
    public Set<String> documents() {
        return documents;
    }

    /** The curated key of a raw key in a document no decision names, or null when it is rejected there. */
    public String keyElsewhere(String rawKey) {
        return orNull(walks.elsewhere(rawKey));
    }

    /** The curated key of a raw key in one document, or null when it is rejected there. */
    public String keyOf(String rawKey, String documentId) {
        return orNull(walks.walk(rawKey, documentId));
    }

    private static String orNull(String key) {
        return key.equals(Walks.REJECTED) ? null : key;
    }

    int next(String key, int position) {
        return walks.next(key, position);
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
        return sources.containsKey(curatedKey) || walks.targeted(curatedKey);
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
        return key.equals(Walks.REJECTED);
    }

    static String rejectedKey() {
        return Walks.REJECTED;
    }
}
