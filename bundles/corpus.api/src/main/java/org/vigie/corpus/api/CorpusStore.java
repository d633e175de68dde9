package org.vigie.corpus.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the corpus and searches it. Implementations may be embedded (Lucene in the workspace) or
 * remote (a search cluster); callers only see this interface.
 * <p>
 * Every method that changes the store is durable when it returns: a crash afterwards loses
 * nothing, a crash during it leaves no half document.
 */
@ProviderType
public interface CorpusStore {

    /**
     * Adds documents and commits. A document whose id is already stored is left as it is.
     *
     * @return the ids that were new, in input order
     */
    List<String> add(Collection<Document> documents);

    /**
     * Checks that the store can keep this document as it is, before it is added: an
     * implementation with limits (Lucene refuses an indexed value over 32 KB) says which field is
     * refused, so the document fails with a reason instead of being lost in {@link #add}.
     *
     * @throws CorpusException naming the refused field and the limit
     */
    default void check(Document document) {
        // no limit to check by default
    }

    /** Whether a document with this id is stored. */
    boolean contains(String id);

    /**
     * Which of these full ids are stored: one request for a whole batch where the store is
     * remote (the default asks {@link #contains} for each).
     *
     * @since 2.2.0
     */
    default Set<String> stored(Collection<String> ids) {
        return ids.stream().distinct().filter(this::contains).collect(Collectors.toSet());
    }

    /** A document by full id, or by an unambiguous id prefix of at least 4 characters. */
    Optional<Document> get(String idOrPrefix);

    /**
     * The stored documents of these full ids, in the order given, those not stored left out: a
     * page read at once (the stored texts are read in index order, or fetched in one request),
     * for copies and exports that read many documents (the default asks {@link #get} for each).
     *
     * @since 2.2.0
     */
    default List<Document> getAll(List<String> ids) {
        return ids.stream().map(id -> get(id).filter(d -> d.id().equals(id))).flatMap(Optional::stream).toList();
    }

    /**
     * Removes documents by id and commits, then tells every {@link CorpusListener} which ones went;
     * returns how many were removed.
     */
    int remove(Collection<String> ids);

    /**
     * A token naming the store's current committed state: it changes with every commit that adds
     * or removes documents, and differs between two stores. An index derived from the corpus keeps
     * the revision it last agreed with, to tell cheaply at start-up whether it must catch up.
     */
    String revision();

    /** Documents in import order, {@code offset} first. */
    List<DocumentSummary> list(int offset, int limit);

    /** The ids of every stored document, in import order. */
    List<String> ids();

    /** Number of stored documents. */
    long count();

    /**
     * Full-text search (see {@link SearchRequest} for the query syntax).
     *
     * @throws CorpusException when the query cannot be parsed
     */
    SearchResult search(SearchRequest request);

    /** Counts by source, language and month. */
    CorpusStats stats();
}
