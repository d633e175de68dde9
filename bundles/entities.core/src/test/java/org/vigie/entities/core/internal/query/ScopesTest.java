package org.vigie.entities.core.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.vigie.entities.core.internal.layout.IndexFields;

/** A large document scope as bits per segment matches what the term filter matches, and is kept while reader and ids stay. */
class ScopesTest {

    private static final int DOCUMENTS = 3000;

    @Test
    void bitsMatchTheTermFilterAndAreKeptForTheSameReaderAndIds() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < DOCUMENTS; i++) {
                Document doc = new Document();
                doc.add(new StringField(IndexFields.DOC, "d" + i / 2, Field.Store.NO));
                doc.add(new StringField(IndexFields.KIND, i % 3 == 0 ? "a" : "b", Field.Store.NO));
                writer.addDocument(doc);
                if (i % 700 == 699) {
                    writer.commit(); // several segments
                }
            }
            writer.deleteDocuments(new Term(IndexFields.DOC, "d10"));
            writer.commit();
            List<String> ids = IntStream.range(0, DOCUMENTS / 2).filter(i -> i % 7 != 3).mapToObj(i -> "d" + i).toList();
            Scopes scopes = new Scopes();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query bits = scopes.of(searcher, ids);
                assertInstanceOf(ScopeBits.class, bits);
                assertEquals(hits(searcher, IndexQueries.anyOf(IndexFields.DOC, ids)), hits(searcher, bits));
                assertSame(bits, scopes.of(searcher, new HashSet<>(ids)), "the same ids in another collection");
                List<String> fewer = ids.subList(1, ids.size());
                Query other = scopes.of(searcher, fewer);
                assertNotSame(bits, other);
                assertEquals(hits(searcher, IndexQueries.anyOf(IndexFields.DOC, fewer)), hits(searcher, other));
                writer.deleteDocuments(new Term(IndexFields.DOC, "d20"));
                writer.commit();
                try (DirectoryReader newer = DirectoryReader.openIfChanged(reader)) {
                    IndexSearcher next = new IndexSearcher(newer);
                    Query again = scopes.of(next, fewer);
                    assertNotSame(other, again, "another reader, evaluated again");
                    assertEquals(hits(next, IndexQueries.anyOf(IndexFields.DOC, fewer)), hits(next, again));
                }
            }
        }
    }

    @Test
    void aSmallScopeStaysATermFilter() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            new IndexWriter(directory, new IndexWriterConfig()).close();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Query query = new Scopes().of(new IndexSearcher(reader), Set.of("d1", "d2"));
                assertEquals(IndexQueries.anyOf(IndexFields.DOC, Set.of("d1", "d2")), query);
            }
        }
    }

    private static Query ofKind(Query scope) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(IndexFields.KIND, "a")), Occur.FILTER)
                .add(scope, Occur.FILTER).build();
    }

    private static List<Integer> hits(IndexSearcher searcher, Query scope) throws IOException {
        List<Integer> docs = new ArrayList<>();
        Arrays.stream(searcher.search(ofKind(scope), DOCUMENTS, Sort.INDEXORDER).scoreDocs)
                .mapToInt(h -> h.doc).forEach(docs::add);
        return docs;
    }
}
