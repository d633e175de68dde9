package org.vigie.export.internal.csv;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;
import org.vigie.testing.FakeEntityIndex;

/**
 * The shared fake index of one entity named once in each of documents d0, d1, ...; counts its
 * per-document reads, and fails, as an index may, when asked for mentions in the whole corpus.
 */
public final class FakeIndex extends FakeEntityIndex {

    int documentMentionCalls;

    public FakeIndex(String name, int documents) {
        Entity entity = new Entity("PERSON:" + name, EntityType.PERSON, name, List.of("=alias", "b, c"), List.of("juge"),
                List.of(), 0, 0);
        entity(entity);
        String sentence = name + " a dit \"oui\",\r\nhier.";
        for (int i = 0; i < documents; i++) {
            mention(new Mention("d" + i, entity.key(), entity.type(), new Span(0, name.length()), name, null, Map.of(),
                    new Span(0, sentence.length()), sentence));
        }
    }

    @Override
    public List<Mention> mentions(String entityKey, Collection<String> documentIds, int limit) {
        if (documentIds.isEmpty()) {
            throw new IllegalArgumentException("the fake index answers for given documents only");
        }
        return super.mentions(entityKey, documentIds, limit);
    }

    @Override
    public List<Mention> mentions(String documentId) {
        documentMentionCalls++;
        return super.mentions(documentId);
    }
}
