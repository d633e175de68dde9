package org.vigie.export.internal.ftm;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.Mention;
import org.vigie.export.api.Export;

/**
 * One FtM export, one document at a time: the document, then each entity it names that was not
 * written yet, then the {@code Documentation} linking them, flushed after each document. Memory
 * grows with the distinct entities of the selection (their records, asked for once as the CSV
 * export does, and the ids already written), not with the documents.
 */
final class FtmRun {

    private final Export export;
    private final EntityIndex index;
    private final FtmLines lines;
    private final EntityObjects entityObjects;
    private final DocumentObjects documentObjects;
    private final Set<String> written = new HashSet<>();

    FtmRun(Export export, FtmLines lines) {
        this.export = export;
        this.index = export.entities();
        this.lines = lines;
        Countries countries = new Countries(index);
        Collection<String> scope = export.selection().indexScope();
        this.entityObjects = new EntityObjects(index, scope, countries);
        this.documentObjects = new DocumentObjects(countries);
    }

    void run() throws IOException {
        Map<String, Entity> entities = index.entities(List.of(), export.selection().indexScope(), Integer.MAX_VALUE).stream()
                .collect(Collectors.toMap(Entity::key, Function.identity(), (a, b) -> a));
        for (DocumentSummary d : export.selection().documents()) {
            List<Entity> named = index.document(d.id()).map(DocumentEntities::entities).orElse(List.of());
            Map<String, Mention> firstMentions = new HashMap<>();
            index.mentions(d.id()).forEach(m -> firstMentions.putIfAbsent(m.entityKey(), m));
            lines.write(documentObjects.document(d, named));
            for (Entity inDocument : named) {
                if (entityObjects.writes(inDocument)) {
                    Entity e = entities.getOrDefault(inDocument.key(), inDocument);
                    if (written.add(e.key())) {
                        Optional<FtmObject> object = entityObjects.of(e);
                        if (object.isPresent()) {
                            lines.write(object.get());
                        }
                    }
                    lines.write(DocumentObjects.documentation(d, e, Optional.ofNullable(firstMentions.get(e.key()))));
                }
            }
            lines.flush();
        }
    }
}
