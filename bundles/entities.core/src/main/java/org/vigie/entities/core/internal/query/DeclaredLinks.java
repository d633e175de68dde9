package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.TermQuery;
import org.vigie.entities.core.internal.resolution.NameLinks;

/**
 * Reads, from the {@code entity} documents whose mentions declare another name ({@code declared}
 * doc values), which groups the text says are one thing, and merges them ({@link NameLinks}).
 * Only those documents are visited, and the documents of each group named in a link counted.
 */
final class DeclaredLinks {

    private DeclaredLinks() {
    }

    /**
     * The merges of the searcher's index version: the names declared one thing, and the PERSON
     * names reordered with a shared role or affiliation ({@link ReorderedNames}); groups in
     * {@code split} are never merged, nor groups whose documents' {@code evidence} conflicts.
     */
    static NameLinks read(Searching search, StoredJson stored, Set<String> split, Function<String, Set<String>> evidence) {
        Map<String, Set<String>> declared = new HashMap<>();
        ReorderedNames.read(search, stored, split).forEach((group, others) ->
                declared.computeIfAbsent(group, g -> new LinkedHashSet<>()).addAll(others));
        BooleanQuery.Builder declaring = new BooleanQuery.Builder().add(new FieldExistsQuery(DECLARED), Occur.FILTER);
        search.visit(IndexQueries.kinded(declaring, ENTITY, List.of()), segment -> {
            SortedDocValues groups = DocValues.getSorted(segment.reader(), GROUP);
            SortedSetDocValues targets = DocValues.getSortedSet(segment.reader(), DECLARED);
            return doc -> {
                String group = DocValueReading.text(groups, doc);
                if (targets.advanceExact(doc) && !split.contains(group)) {
                    Set<String> of = declared.computeIfAbsent(group, g -> new LinkedHashSet<>());
                    for (int i = 0; i < targets.docValueCount(); i++) {
                        of.add(targets.lookupOrd(targets.nextOrd()).utf8ToString());
                    }
                }
            };
        });
        if (declared.isEmpty()) {
            return NameLinks.NONE;
        }
        Map<String, Integer> documents = new HashMap<>();
        return NameLinks.of(declared, group -> split.contains(group) ? 0
                : documents.computeIfAbsent(group, g -> documentsNaming(search, g)), evidence);
    }

    private static int documentsNaming(Searching search, String group) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new TermQuery(new Term(GROUP, group)), Occur.FILTER);
        try {
            return search.searcher().count(IndexQueries.kinded(query, ENTITY, List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
