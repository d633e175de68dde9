package org.vigie.corpus.store.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
     * The documents of these full ids in the order given, those not stored left out; read in
     * index order through one {@code StoredFields}, so a stored block is decompressed once for
     * all the documents it holds, not once for each.
     */
    static List<Document> documents(IndexSearcher searcher, List<String> ids) throws IOException {
        Map<Integer, String> byDoc = new TreeMap<>();
        for (String id : ids) {
            int doc = IdTerms.docOf(searcher, id);
            if (doc >= 0) {
                byDoc.put(doc, id);
            }
        }
        Map<String, Document> read = new HashMap<>();
        StoredFields fields = searcher.storedFields();
        for (Map.Entry<Integer, String> doc : byDoc.entrySet()) {
            read.put(doc.getValue(), CorpusFields.toDocument(fields.document(doc.getKey())));
        }
        return ids.stream().map(read::get).filter(Objects::nonNull).toList();
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
