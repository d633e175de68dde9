package org.vigie.export.internal.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.Span;
import org.vigie.testing.FakeEntityIndex;

/**
 * The shared fake index of the given entities, each named in every document d0, d1, ... ({@code i + 1}
 * mentions of the i-th there), each pair of neighbours sharing {@code i + 1} sentences, plus one pair
 * with an entity the selection does not have, which every document also names (both pairs given by
 * hand); counts its calls.
 */
final class GraphIndex extends FakeEntityIndex {

    /** An entity the selection does not have, yet paired with the first and named in every document. */
    private static final Entity STRANGER = entity("PERSON:absent", "Absent", 1);

    /** The entities as the whole corpus counts them when it has three documents. */
    final List<Entity> entities = new ArrayList<>();
    int documentCalls;

    GraphIndex(int documents, String... names) {
        for (int i = 0; i < names.length; i++) {
            entities.add(entity((i % 2 == 0 ? "PERSON:" : "ORGANIZATION:") + names[i].toLowerCase(), names[i], i + 1));
            entity(entities.get(i));
            for (int d = 0; d < documents; d++) {
                for (int m = 0; m <= i; m++) {
                    Span sentence = new Span(100 * m, 100 * m + 50);
                    mention(new Mention("d" + d, entities.get(i).key(), entities.get(i).type(), sentence, names[i], null,
                            Map.of(), sentence, names[i]));
                }
            }
        }
        for (int i = 0; i + 1 < entities.size(); i++) {
            pair(new CoOccurrence(entities.get(i), entities.get(i + 1), i + 1));
        }
        if (!entities.isEmpty()) {
            pair(new CoOccurrence(entities.get(0), STRANGER, 9));
        }
    }

    private static Entity entity(String key, String name, int mentions) {
        EntityType type = EntityType.of(key.substring(0, key.indexOf(':')));
        return new Entity(key, type, name, List.of(name + " alias", "& <co>"), List.of(), List.of(), mentions * 3, 3);
    }

    /** The pairs {@link #coOccurrences} answers that join two of the entities. */
    int pairs() {
        return Math.max(0, entities.size() - 1);
    }

    @Override
    public Optional<DocumentEntities> document(String documentId) {
        documentCalls++;
        // the stranger too: the exporter must leave out a document edge to an entity it does not show
        return super.document(documentId).map(d -> {
            List<Entity> here = new ArrayList<>(d.entities());
            here.add(STRANGER);
            return new DocumentEntities(d.documentId(), here, d.dates(), d.runs());
        });
    }
}
