package org.vigie.corpus.store.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.lucene.copies.CopySignature;
import org.vigie.lucene.news.NewsFields;

/**
 * How a document is laid out in the Lucene index. Every metadata field is stored as given;
 * prose fields are analysed in French, exact-value fields folded; {@code stat.*} doc values feed
 * the counts without loading documents. The texts are stored last so listings can stop reading
 * a document before them.
 */
final class CorpusFields {
    static final String TEXT = NewsFields.TEXT, TITLE = NewsFields.TITLE, SOURCE = NewsFields.SOURCE,
            URL = NewsFields.URL, PUBLISHED = NewsFields.PUBLISHED, LANG = NewsFields.LANG, FILE = NewsFields.FILE,
            TAG_PREFIX = NewsFields.TAG_PREFIX;
    static final String ID = "id", SEQ = "seq", RAW = "raw", PATH = "path", IMPORTED = "imported", MEDIA_TYPE = "mediaType", LENGTH = "length",
            STAT_SOURCE = "stat.source", STAT_LANG = "stat.lang", STAT_MONTH = "stat.month",
            COPY_SIGNATURE = "copy.signature";
    static final String UNKNOWN = "unknown";

    /** Stored, one folded term, no norms: language, file name, URL, tags. */
    private static final FieldType KEYWORD = new FieldType();
    static {
        KEYWORD.setTokenized(true);
        KEYWORD.setStored(true);
        KEYWORD.setOmitNorms(true);
        KEYWORD.setIndexOptions(IndexOptions.DOCS);
        KEYWORD.freeze();
    }

    private CorpusFields() {
    }

    static org.apache.lucene.document.Document toLucene(Document document, long seq) {
        return toLucene(document, seq, null);
    }

    /** The document's fields, with its copy signature (a binary doc value). */
    static org.apache.lucene.document.Document toLucene(Document document, long seq, CopySignature signature) {
        DocumentMetadata meta = document.metadata();
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(ID, document.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(document.id())));
        doc.add(new NumericDocValuesField(SEQ, seq));
        addText(doc, TITLE, meta.title());
        addText(doc, SOURCE, meta.source());
        addKeyword(doc, URL, meta.url());
        addPublished(doc, meta.published());
        addKeyword(doc, LANG, meta.language());
        addKeyword(doc, FILE, meta.fileName());
        addStored(doc, PATH, meta.path());
        addStored(doc, IMPORTED, meta.imported() == null ? null : meta.imported().toString());
        addStored(doc, MEDIA_TYPE, meta.mediaType());
        doc.add(new StoredField(LENGTH, document.text().length()));
        doc.add(new NumericDocValuesField(LENGTH, document.text().length()));
        new TreeMap<>(meta.tags()).forEach((key, value) -> addKeyword(doc, TAG_PREFIX + key, value));
        doc.add(new SortedDocValuesField(STAT_SOURCE, new BytesRef(orUnknown(meta.source()))));
        doc.add(new SortedDocValuesField(STAT_LANG, new BytesRef(meta.language())));
        doc.add(new SortedDocValuesField(STAT_MONTH, new BytesRef(month(meta.published()))));
        doc.add(new BinaryDocValuesField(COPY_SIGNATURE, signatureValue(signature)));
        doc.add(new TextField(TEXT, document.text(), Field.Store.YES));
        if (!document.rawText().equals(document.text())) {
            doc.add(new StoredField(RAW, document.rawText()));
        }
        return doc;
    }

    /**
     * The stored value of a copy signature; for a text too short to sign, a byte that says it was
     * looked at, so that it is not signed again at each open (see {@link CopySigning}).
     */
    static BytesRef signatureValue(CopySignature signature) {
        return new BytesRef(signature == null ? new byte[] {0} : signature.bytes());
    }

    static Document toDocument(org.apache.lucene.document.Document doc) {
        return new Document(doc.get(ID), doc.get(TEXT), doc.get(RAW), metadata(doc));
    }

    static DocumentSummary toSummary(org.apache.lucene.document.Document doc) {
        IndexableField length = doc.getField(LENGTH);
        return new DocumentSummary(doc.get(ID), metadata(doc), length == null ? 0 : length.numericValue().intValue());
    }

    static String month(LocalDate published) {
        return published == null ? UNKNOWN : published.toString().substring(0, 7);
    }

    private static DocumentMetadata metadata(org.apache.lucene.document.Document doc) {
        Map<String, String> tags = new TreeMap<>();
        for (IndexableField field : doc.getFields()) {
            if (field.name().startsWith(TAG_PREFIX)) {
                tags.put(field.name().substring(TAG_PREFIX.length()), field.stringValue());
            }
        }
        String published = doc.get(PUBLISHED);
        String imported = doc.get(IMPORTED);
        return new DocumentMetadata(doc.get(TITLE), doc.get(SOURCE), doc.get(URL),
                published == null ? null : LocalDate.parse(published), doc.get(LANG), doc.get(FILE), doc.get(PATH),
                imported == null ? null : Instant.parse(imported), doc.get(MEDIA_TYPE), tags);
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    private static void addText(org.apache.lucene.document.Document doc, String name, String value) {
        if (value != null) {
            doc.add(new TextField(name, value, Field.Store.YES));
        }
    }

    private static void addKeyword(org.apache.lucene.document.Document doc, String name, String value) {
        if (value != null) {
            doc.add(new Field(name, value, KEYWORD));
        }
    }

    private static void addStored(org.apache.lucene.document.Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }

    private static void addPublished(org.apache.lucene.document.Document doc, LocalDate published) {
        if (published != null) {
            doc.add(new LongPoint(PUBLISHED, published.toEpochDay()));
            doc.add(new StoredField(PUBLISHED, published.toString()));
        }
    }
}
