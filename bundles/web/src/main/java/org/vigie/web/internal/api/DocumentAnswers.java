package org.vigie.web.internal.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.copies.Copy;
import org.vigie.corpus.api.copies.CorpusCopies;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.Mention;

/**
 * The Document view's answer: the stored text, every stand-off annotation the entity index keeps
 * for it (entity mentions and dates, rendered from their spans, never found again in the text),
 * the runs that cut the text at their boundaries, its metadata, its entities and its
 * near-duplicate copies.
 */
public final class DocumentAnswers {

    /** One annotation: its span, type, the entity it resolves to (none for a date) and its text. */
    public record Mark(int begin, int end, String type, String entityKey, String text, String value) {
    }

    /** An entity the document names, with its number of mentions in it. */
    public record EntityLink(String key, String name, String type, int mentionsHere) {
    }

    /** Another member of the document's copy cluster. */
    public record CopyLink(String id, String title, String source, String published, double similarity, boolean original) {
    }

    /** The whole answer. */
    public record Answer(String id, Map<String, Object> metadata, String text, boolean extracted, List<Mark> marks,
            List<TextRuns.Run> runs, List<EntityLink> entities, List<CopyLink> copies) {
    }

    private final CorpusStore store;
    private final EntityIndex index;
    private final CorpusCopies copies;

    public DocumentAnswers(CorpusStore store, EntityIndex index, CorpusCopies copies) {
        this.store = store;
        this.index = index;
        this.copies = copies;
    }

    /** The document with this id (or unique id prefix), if stored. */
    public Optional<Answer> document(String id) {
        return store.get(id).map(this::answer);
    }

    private Answer answer(Document document) {
        Optional<DocumentEntities> found = index.document(document.id());
        List<Mention> mentions = new ArrayList<>(index.mentions(document.id()));
        found.ifPresent(entities -> mentions.addAll(entities.dates()));
        mentions.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> -m.span().end()));
        List<Mark> marks = mentions.stream().map(m -> new Mark(m.span().begin(), m.span().end(), m.type().name(),
                m.type().isEntity() ? m.entityKey() : null, m.text(), m.value())).toList();
        Map<String, Integer> here = new LinkedHashMap<>();
        mentions.stream().filter(m -> m.type().isEntity() && m.entityKey() != null)
                .forEach(m -> here.merge(m.entityKey(), 1, Integer::sum));
        List<EntityLink> entities = found.map(DocumentEntities::entities).orElse(List.of()).stream()
                .map(e -> new EntityLink(e.key(), e.name(), e.type().name(), here.getOrDefault(e.key(), 0)))
                .sorted(Comparator.comparingInt(EntityLink::mentionsHere).reversed().thenComparing(EntityLink::name))
                .toList();
        List<TextRuns.Run> runs = TextRuns.of(document.text().length(), mentions.stream().map(Mention::span).toList());
        return new Answer(document.id(), metadata(document.metadata()), document.text(), found.isPresent(), marks, runs,
                entities, copies(document.id()));
    }

    private List<CopyLink> copies(String id) {
        return copies.clusterOf(id).map(cluster -> cluster.members().stream()
                .filter(c -> !c.id().equals(id))
                .map(c -> link(c, c == cluster.original())).toList()).orElse(List.of());
    }

    private static CopyLink link(Copy copy, boolean original) {
        DocumentMetadata meta = copy.document().metadata();
        return new CopyLink(copy.id(), meta.title(), meta.source(), meta.published() == null ? null : meta.published().toString(),
                copy.similarity(), original);
    }

    private static Map<String, Object> metadata(DocumentMetadata meta) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", meta.title());
        fields.put("source", meta.source());
        fields.put("published", meta.published() == null ? null : meta.published().toString());
        fields.put("language", meta.language());
        fields.put("url", meta.url());
        fields.put("fileName", meta.fileName());
        fields.put("mediaType", meta.mediaType());
        fields.put("imported", meta.imported() == null ? null : meta.imported().toString());
        fields.put("tags", meta.tags());
        return fields;
    }
}
