package org.vigie.entities.core.internal;

import static org.vigie.entities.core.internal.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.vigie.entities.api.EntityType;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What the entity queries share: one searcher, the resolution of its index, queries and doc-value reading. */
class IndexReading {

    /** Reads one matching document of the current segment (doc values are read in increasing order). */
    interface HitReader {
        void read(int doc) throws IOException;
    }

    /** Prepares reading the hits of one segment. */
    interface SegmentReader {
        HitReader start(LeafReaderContext segment) throws IOException;
    }

    /** Mentions and documents counted for one entity. */
    static final class Tally {
        final String key;
        long mentions;
        int documents;

        Tally(String key) {
            this.key = key;
        }

        void add(long count) {
            mentions += count;
            documents++;
        }
    }

    final IndexSearcher searcher;
    final Resolution resolution;
    final ObjectMapper json;
    /**
     * One reader of stored fields for the whole question: it keeps the block it decompressed last,
     * so documents read in index order cost one decompression per block, not one each.
     */
    private StoredFields storedFields;

    IndexReading(IndexSearcher searcher, Resolution resolution, ObjectMapper json) {
        this.searcher = searcher;
        this.resolution = resolution;
        this.json = json;
    }

    /** Reads, from the PERSON entity documents that give an affiliation, how to tell same-name people apart. */
    static Resolution resolve(IndexSearcher searcher, long version, ObjectMapper json) {
        Map<String, Map<String, Integer>> affiliations = new HashMap<>();
        BooleanQuery.Builder persons = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, EntityType.PERSON.name())), Occur.FILTER)
                .add(new TermQuery(new Term(AFF, EntityGroup.NO_AFFILIATION)), Occur.MUST_NOT);
        new IndexReading(searcher, Resolution.of(Map.of(), version), json).visit(kinded(persons, ENTITY, List.of()),
                segment -> {
                    SortedDocValues groups = DocValues.getSorted(segment.reader(), GROUP);
                    SortedDocValues affs = DocValues.getSorted(segment.reader(), AFF);
                    return doc -> affiliations.computeIfAbsent(text(groups, doc), g -> new HashMap<>())
                            .merge(text(affs, doc), 1, Integer::sum);
                });
        return Resolution.of(affiliations, version);
    }

    /** Visits every hit of a query without scoring. */
    void visit(Query query, SegmentReader segments) {
        try {
            searcher.search(query, new SimpleCollector() {
                private HitReader current;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    current = segments.start(context);
                }

                @Override
                public void collect(int doc) throws IOException {
                    current.read(doc);
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts mentions and documents per entity over the {@code entity} documents a query matches. */
    Map<String, Tally> tally(Query query) {
        Map<String, Tally> tallies = new HashMap<>();
        visit(query, segment -> {
            SegmentKeys keys = new SegmentKeys(segment.reader(), resolution);
            NumericDocValues mentions = DocValues.getNumeric(segment.reader(), MENTIONS);
            return doc -> tallies.computeIfAbsent(keys.keyOf(doc), Tally::new).add(number(mentions, doc));
        });
        return tallies;
    }

    /** How many entity documents spell each entity's name each way, over the entity documents a query matches. */
    Map<String, Map<String, Integer>> spellings(Query query) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        visit(query, segment -> {
            SegmentKeys keys = new SegmentKeys(segment.reader(), resolution);
            SortedDocValues names = DocValues.getSorted(segment.reader(), NAME);
            String[] nameOfOrd = new String[names.getValueCount()];
            return doc -> {
                String key = keys.keyOf(doc);
                if (names.advanceExact(doc)) {
                    int ord = names.ordValue();
                    if (nameOfOrd[ord] == null) {
                        nameOfOrd[ord] = names.lookupOrd(ord).utf8ToString();
                    }
                    spellings.computeIfAbsent(key, k -> new HashMap<>(4)).merge(nameOfOrd[ord], 1, Integer::sum);
                }
            };
        });
        return spellings;
    }

    /** The documents of one kind belonging to an entity, in the given documents (empty: all). */
    Query ofEntity(String entityKey, String kind, Collection<String> documentIds) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(GROUP, resolution.groupOf(entityKey))), Occur.FILTER);
        Set<String> affiliations = resolution.affiliationsOf(entityKey);
        if (affiliations != null) {
            query.add(anyOf(AFF, affiliations), Occur.FILTER);
        }
        return kinded(query, kind, documentIds);
    }

    /** The documents of one kind, in the given documents (empty: all), matching more clauses. */
    static Query kinded(BooleanQuery.Builder query, String kind, Collection<String> documentIds) {
        query.add(new TermQuery(new Term(KIND, kind)), Occur.FILTER);
        if (!documentIds.isEmpty()) {
            query.add(anyOf(DOC, documentIds), Occur.FILTER);
        }
        return query.build();
    }

    static Query anyOf(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    static String text(SortedDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }

    static long number(NumericDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.longValue() : 0;
    }

    /** The stored fields of a document. */
    org.apache.lucene.document.Document load(int doc) {
        try {
            if (storedFields == null) {
                storedFields = searcher.storedFields();
            }
            return storedFields.document(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name, aliases, roles and affiliations of an entity document, its mentions left unread. */
    EntityJson.Naming naming(org.apache.lucene.document.Document doc) {
        BytesRef utf8 = storedJson(doc);
        return new EntityJson(json.getFactory()).naming(utf8.bytes, utf8.offset, utf8.length);
    }

    <T> T data(org.apache.lucene.document.Document doc, Class<T> type) {
        try {
            BytesRef utf8 = storedJson(doc);
            return json.readValue(utf8.bytes, utf8.offset, utf8.length, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable entry in the entity index", e);
        }
    }

    /** A document's stored data as UTF-8 JSON: bytes, or a string in results stored by earlier versions. */
    private static BytesRef storedJson(org.apache.lucene.document.Document doc) {
        BytesRef bytes = doc.getBinaryValue(DATA);
        return bytes != null ? bytes : new BytesRef(doc.get(DATA));
    }

    /** Most mentioned first, then most documents, then by key. */
    static List<Tally> ranked(Collection<Tally> tallies, int limit) {
        return tallies.stream().sorted((a, b) -> a.mentions != b.mentions ? Long.compare(b.mentions, a.mentions)
                : a.documents != b.documents ? Integer.compare(b.documents, a.documents) : a.key.compareTo(b.key))
                .limit(limit <= 0 ? Long.MAX_VALUE : limit).toList();
    }

    /** The first {@code limit} hits (0: all) in index order or in {@code sort} order. */
    List<ScoreDoc> top(Query query, int limit, Sort sort) {
        try {
            int count = searcher.count(query);
            int n = limit <= 0 ? count : Math.min(limit, count);
            if (n == 0) {
                return List.of();
            }
            ScoreDoc[] hits = sort == null ? searcher.search(query, n, Sort.INDEXORDER).scoreDocs
                    : searcher.search(query, n, sort).scoreDocs;
            return List.of(hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
