package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;

/**
 * Mentions with their sentences, dates, and one document's entities, read from the stored data
 * of the index; the sentences' texts are cut from the corpus ({@link DocumentTexts}).
 */
final class MentionQueries {

    static final Sort BY_DOCUMENT = new Sort(new SortField(DOC, SortField.Type.STRING));

    private final IndexReading reading;
    private final Supplier<CorpusNames> corpusNames;
    private final DocumentTexts texts;

    MentionQueries(IndexReading reading, Supplier<CorpusNames> corpusNames, DocumentTexts texts) {
        this.reading = reading;
        this.corpusNames = corpusNames;
        this.texts = texts;
    }

    List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        List<Mention> mentions = new ArrayList<>();
        List<org.apache.lucene.document.Document> docs = EntityHits.of(reading, entityKey, documentIds, limit, true)
                .stream().map(hit -> reading.search().load(hit)).toList();
        Map<String, ResultData> results = results(docs.stream().map(doc -> doc.get(DOC)).toList());
        for (org.apache.lucene.document.Document doc : docs) {
            Map<Integer, SentenceData> sentences = sentences(results.get(doc.get(DOC)));
            for (MarkData m : reading.stored().data(doc, EntityData.class).mentions()) {
                if (limit > 0 && mentions.size() >= limit) {
                    return mentions;
                }
                mentions.add(mention(doc.get(DOC), entityKey, m, sentences));
            }
        }
        return mentions;
    }

    IndexReading reading() {
        return reading;
    }

    /**
     * The DATE mentions of the given documents (empty: all), in document then text order. Results are
     * read in index order (one decompression per stored block, not one per document) and only the
     * dates are kept, then put in document order.
     */
    List<Mention> dates(Collection<String> documentIds) {
        List<Mention> dates = new ArrayList<>();
        for (ScoreDoc hit : reading.search().top(IndexQueries.of(RESULT, documentIds), 0, null)) {
            org.apache.lucene.document.Document doc = reading.search().load(hit.doc);
            if (reading.stored().holds(doc, EntityType.DATE.name())) { // most results hold no date: not parsed
                dates.addAll(dates(doc.get(DOC), reading.stored().data(doc, ResultData.class)));
            }
        }
        dates.sort(Comparator.comparing(Mention::documentId)); // stable: text order within a document
        return dates;
    }

    Optional<DocumentEntities> document(String documentId) {
        Optional<ResultData> result = result(documentId);
        if (result.isEmpty()) {
            return Optional.empty();
        }
        DocumentNaming entities = new DocumentNaming(corpusNames.get(), reading.curation());
        for (ScoreDoc hit : reading.search().top(IndexQueries.of(ENTITY, List.of(documentId)), 0, null)) {
            org.apache.lucene.document.Document doc = reading.search().load(hit.doc);
            EntityData data = reading.stored().data(doc, EntityData.class);
            entities.add(curatedKey(data, documentId), data);
        }
        return Optional.of(new DocumentEntities(documentId, entities.entities(), dates(documentId, result.get()),
                result.get().runs()));
    }

    /** One document's mentions with their curated entity keys, in text order: one query, one result read. */
    List<Mention> documentMentions(String documentId) {
        Optional<ResultData> result = result(documentId);
        if (result.isEmpty()) {
            return List.of();
        }
        Map<Integer, SentenceData> sentences = sentences(result.get());
        List<Mention> mentions = new ArrayList<>();
        for (ScoreDoc hit : reading.search().top(IndexQueries.of(ENTITY, List.of(documentId)), 0, null)) {
            EntityData data = reading.stored().data(reading.search().load(hit.doc), EntityData.class);
            String key = curatedKey(data, documentId);
            if (key != null) {
                data.mentions().forEach(m -> mentions.add(mention(documentId, key, m, sentences)));
            }
        }
        mentions.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> m.span().end()));
        return mentions;
    }

    /** The key of an entity document of one document after resolution and curation; null when rejected. */
    private String curatedKey(EntityData data, String documentId) {
        String raw = reading.resolution().entityKey(data.group(), data.affiliation());
        return reading.curation().perDocument(raw) ? reading.curation().keyOf(raw, documentId)
                : reading.curation().keyOf(raw);
    }

    /** The results of several documents, read in one query (index order: one decompression per stored block). */
    private Map<String, ResultData> results(Collection<String> documentIds) {
        Map<String, ResultData> results = new HashMap<>();
        if (!documentIds.isEmpty()) {
            for (ScoreDoc hit : reading.search().top(IndexQueries.of(RESULT, documentIds), 0, null)) {
                org.apache.lucene.document.Document doc = reading.search().load(hit.doc);
                results.put(doc.get(DOC), reading.stored().data(doc, ResultData.class));
            }
        }
        return results;
    }

    Optional<ResultData> result(String documentId) {
        return Optional.ofNullable(results(List.of(documentId)).get(documentId));
    }

    private List<Mention> dates(String documentId, ResultData result) {
        Map<Integer, SentenceData> sentences = sentences(result);
        return result.marks().stream().filter(m -> m.type().equals(EntityType.DATE.name()))
                .map(m -> mention(documentId, null, m, sentences)).toList();
    }

    static Map<Integer, SentenceData> sentences(ResultData result) {
        Map<Integer, SentenceData> sentences = new HashMap<>();
        if (result != null) {
            result.sentences().forEach(s -> sentences.put(s.number(), s));
        }
        return sentences;
    }

    /** A stored mark as a mention; its sentence's text is cut from the document (kept in the index by older results). */
    Mention mention(String documentId, String entityKey, MarkData m, Map<Integer, SentenceData> sentences) {
        SentenceData sentence = sentences.get(m.sentence());
        Span span = new Span(m.begin(), m.end());
        Span around = sentence == null ? span : new Span(sentence.begin(), sentence.end());
        String text = sentence != null && sentence.text() != null ? sentence.text()
                : texts.cut(documentId, around).orElse(m.text());
        return new Mention(documentId, entityKey, EntityType.of(m.type()), span, m.text(), m.value(), m.features(),
                around, text);
    }
}
