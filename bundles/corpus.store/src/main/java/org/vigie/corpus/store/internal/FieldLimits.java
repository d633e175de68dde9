package org.vigie.corpus.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.Document;

/**
 * What Lucene refuses in a document laid out by {@link CorpusFields}: an indexed term or a sorted
 * doc value over {@value IndexWriter#MAX_TERM_LENGTH} bytes (a URL, tag or source over 32 KB).
 * Checked before the document is added, so that it fails with its reason instead of being
 * dropped by the writer. Prose is tokenised in short words, so the text itself is not analysed.
 */
final class FieldLimits {

    private FieldLimits() {
    }

    static void check(Document document, Analyzer analyzer) {
        for (IndexableField field : CorpusFields.toLucene(document, 0)) {
            if (field.fieldType().docValuesType() == DocValuesType.SORTED
                    && field.binaryValue().length > IndexWriter.MAX_TERM_LENGTH) {
                throw refused(field.name(), field.binaryValue().length);
            }
            if (field.fieldType().indexOptions() != IndexOptions.NONE && !CorpusFields.TEXT.equals(field.name())) {
                checkTerms(field, analyzer);
            }
        }
    }

    private static void checkTerms(IndexableField field, Analyzer analyzer) {
        try (TokenStream tokens = field.tokenStream(analyzer, null)) {
            TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.getBytesRef().length > IndexWriter.MAX_TERM_LENGTH) {
                    throw refused(field.name(), term.getBytesRef().length);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CorpusException refused(String field, int bytes) {
        String name = field.startsWith(CorpusFields.TAG_PREFIX) ? "tag " + field.substring(CorpusFields.TAG_PREFIX.length())
                : field.startsWith("stat.") ? field.substring("stat.".length()) : field;
        return new CorpusException(String.format(Locale.ROOT, "its %s is too long to be indexed: %,d bytes, "
                + "the limit is %,d", name, bytes, IndexWriter.MAX_TERM_LENGTH));
    }
}
