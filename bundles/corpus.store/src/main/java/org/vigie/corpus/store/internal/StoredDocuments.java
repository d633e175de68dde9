package org.vigie.corpus.store.internal;

import java.io.IOException;

import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentSummary;

/** Reads stored documents back, whole or, for listings and hits, without their texts. */
final class StoredDocuments {

    private StoredDocuments() {
    }

    static Document document(IndexSearcher searcher, int doc) throws IOException {
        return CorpusFields.toDocument(searcher.storedFields().document(doc));
    }

    /**
     * Reads a document without its text. Give one {@code StoredFields} to a whole listing: it
     * keeps the block it decompressed last, so documents read in order cost one decompression per block.
     */
    static DocumentSummary summary(StoredFields fields, int doc) throws IOException {
        MetadataOnly visitor = new MetadataOnly();
        fields.document(doc, visitor);
        return CorpusFields.toSummary(visitor.getDocument());
    }

    /**
     * Reads a document with its text but without its raw text: the metadata and the text of a
     * search hit in one read, so its stored block is decompressed once for both.
     */
    static org.apache.lucene.document.Document withText(StoredFields fields, int doc) throws IOException {
        WithText visitor = new WithText();
        fields.document(doc, visitor);
        return visitor.getDocument();
    }

    /** Stops at the raw text, which {@link CorpusFields} stores last, after the text. */
    private static final class WithText extends DocumentStoredFieldVisitor {
        @Override
        public Status needsField(FieldInfo field) throws IOException {
            return CorpusFields.RAW.equals(field.name) ? Status.STOP : super.needsField(field);
        }
    }

    /** Stops at the text, which {@link CorpusFields} stores after all the metadata. */
    private static final class MetadataOnly extends DocumentStoredFieldVisitor {
        @Override
        public Status needsField(FieldInfo field) throws IOException {
            return CorpusFields.TEXT.equals(field.name) ? Status.STOP : super.needsField(field);
        }
    }
}
