package org.vigie.entities.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Questions over the stored extraction results, answered from the index rather than by
 * re-reading documents. Mentions are resolved into entities: one entity per real-world thing
 * across the corpus, named by the fullest accented form seen.
 * <p>
 * Every method taking {@code documentIds} restricts the answer to those documents; an empty
 * collection means the whole corpus.
 */
@ProviderType
public interface EntityIndex {

    /** Entities of the given types (empty: every entity type), most mentioned first. */
    List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit);

    /** The entity a name or alias refers to (folded: case and diacritics ignored). */
    Optional<Entity> find(String name);

    /** Every mention of an entity, in document then text order, at most {@code limit}. */
    List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit);

    /**
     * The documents that mention an entity, in document order. The default reads every mention;
     * an index should answer from what it keeps per document instead.
     */
    default Set<String> documents(String entityKey) {
        Set<String> documents = new LinkedHashSet<>();
        mentions(entityKey, List.of(), Integer.MAX_VALUE).forEach(m -> documents.add(m.documentId()));
        return documents;
    }

    /** Entity pairs mentioned in the same sentence, most frequent first. */
    List<CoOccurrence> coOccurrences(Collection<String> documentIds, int limit);

    /** Entities co-occurring with one entity, most frequent first. */
    List<CoOccurrence> coOccurrences(String entityKey, Collection<String> documentIds, int limit);

    /** The DATE mentions of the given documents, in document then text order. */
    List<Mention> dates(Collection<String> documentIds);

    /**
     * The evidence of the automatic merges that made an entity: one link per sentence that declares
     * two of its names to be one thing, in document order. Empty when nothing was merged.
     */
    default List<NameLink> links(String entityKey) {
        return List.of();
    }

    /** One document's resolved entities and dates, or empty when it was never extracted. */
    Optional<DocumentEntities> document(String documentId);

    /**
     * Every mention of one document's resolved entities, in text order, each with its entity's key
     * (the key {@link #document(String)} gives it); empty when the document was never extracted.
     * Exports read a selection one document at a time with it. The default asks
     * {@link #mentions(String, Collection, int)} once per entity; an index should answer in one read.
     */
    default List<Mention> mentions(String documentId) {
        List<Mention> mentions = new ArrayList<>();
        for (Entity entity : document(documentId).map(DocumentEntities::entities).orElse(List.of())) {
            mentions.addAll(mentions(entity.key(), List.of(documentId), Integer.MAX_VALUE));
        }
        mentions.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> m.span().end()));
        return mentions;
    }

    /**
     * How the analyst's decisions apply to the entities this index answers with: every answer
     * above already reflects them. The default (an index without curation) applies none.
     */
    default CurationReport curation() {
        return CurationReport.NONE;
    }
}
