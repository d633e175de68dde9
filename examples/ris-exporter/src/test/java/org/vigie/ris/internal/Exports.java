package org.vigie.ris.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.corpus.api.DocumentMetadata;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.entities.api.EntityType;
import org.vigie.export.api.Export;
import org.vigie.report.api.Selection;

/** Selections of a few documents, an entity index that knows only their entities, and the RIS written. */
final class Exports {

    private Exports() {
    }

    static DocumentSummary document(String id, String title, String source, String url, LocalDate published, String lang) {
        return new DocumentSummary(id, new DocumentMetadata(title, source, url, published, lang, id + ".html", "/in/" + id,
                Instant.EPOCH, "text/html", Map.of()), 100);
    }

    static Entity entity(String type, String name, int mentions) {
        return new Entity(type + ":" + name, EntityType.of(type), name, List.of(), List.of(), List.of(), mentions, 1);
    }

    /** An index answering {@code document(id)} from {@code entities}; any other question fails the test. */
    static EntityIndex index(Map<String, List<Entity>> entities) {
        return (EntityIndex) Proxy.newProxyInstance(Exports.class.getClassLoader(), new Class<?>[] {EntityIndex.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("document")) {
                        throw new UnsupportedOperationException("the RIS exporter asked " + method.getName());
                    }
                    List<Entity> found = entities.get((String) args[0]);
                    return Optional.ofNullable(found).map(e -> new DocumentEntities((String) args[0], e, List.of(), List.of()));
                });
    }

    /** What the exporter writes for these documents. */
    static String ris(List<DocumentSummary> documents, Map<String, List<Entity>> entities) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RisExporter().write(new Export(new Selection(documents, "test", false), index(entities), Map.of()), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
