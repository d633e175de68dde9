package org.vigie.export.internal.csv;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;

/** An entity index of one entity named in every document, once per document, counting its calls. */
public final class FakeIndex implements EntityIndex {

    final Entity entity;
    int mentionCalls;
    int documentMentionCalls;

    public FakeIndex(String name) {
        entity = new Entity("PERSON:" + name, EntityType.PERSON, name, List.of("=alias", "b, c"), List.of("juge"),
                List.of(), 0, 0);
    }

    @Override
    public List<Entity> entities(Collection<EntityType> types, Collection<String> documentIds, int limit) {
        return List.of(entity);
    }

    @Override
    public Optional<Entity> find(String name) {
        return Optional.empty();
    }

    /** One mention in each of the given documents; the whole corpus (no ids) is not a question for this fake. */
    @Override
    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        mentionCalls++;
        if (documentIds.isEmpty()) {
            throw new IllegalArgumentException("the fake index answers for given documents only");
        }
        String sentence = entity.name() + " a dit \"oui\",\r\nhier.";
        return documentIds.stream().map(doc -> new Mention(doc, entityKey, entity.type(),
                new Span(0, entity.name().length()), entity.name(), null, Map.of(), new Span(0, sentence.length()),
                sentence)).toList();
    }

    @Override
    public List<Mention> mentions(String documentId) {
        documentMentionCalls++;
        return EntityIndex.super.mentions(documentId);
    }

    @Override
    public List<CoOccurrence> coOccurrences(Collection<String> documentIds, int limit) {
        return List.of();
    }

    @Override
    public List<CoOccurrence> coOccurrences(String entityKey, Collection<String> documentIds, int limit) {
        return List.of();
    }

    @Override
    public List<Mention> dates(Collection<String> documentIds) {
        return List.of();
    }

    @Override
    public Optional<DocumentEntities> document(String documentId) {
        return Optional.of(new DocumentEntities(documentId, List.of(entity), List.of(), List.of()));
    }
}
