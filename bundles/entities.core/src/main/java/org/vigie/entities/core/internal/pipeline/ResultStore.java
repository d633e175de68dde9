package org.vigie.entities.core.internal.pipeline;

import java.util.Collection;
import java.util.Set;

import org.vigie.corpus.api.Document;
import org.vigie.entities.api.ExtractionResult;

/** Where the pipeline keeps extraction results (inside this bundle only). */
public interface ResultStore {

    /** Stores a document's result in place of any earlier one; durable after {@link #commit()}. */
    void put(Document document, ExtractionResult result);

    /** Forgets the results of these documents and commits. */
    void remove(Collection<String> documentIds);

    /** Makes everything stored so far durable and visible to queries. */
    void commit();

    /**
     * Makes everything stored so far visible to queries now and durable within about a second:
     * for the many small batches of an import, which would otherwise pay a commit (a disk sync) each.
     */
    void publish();

    /** The ids of the documents that have results (stored or published), read without loading any. */
    Set<String> documentIds();

    /** The corpus revision the last agreeing commit recorded ({@link #commitAgreement}), or {@code null}. */
    String agreedRevision();

    /** Commits everything stored so far and records that it agrees with the corpus at {@code corpusRevision}. */
    void commitAgreement(String corpusRevision);
}
