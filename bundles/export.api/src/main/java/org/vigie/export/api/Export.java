package org.vigie.export.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.vigie.entities.api.EntityIndex;
import org.vigie.report.api.Selection;

/**
 * What an {@link Exporter} writes.
 *
 * @param selection the selected documents, in the briefing's stable order (the same selection
 *     options as {@code report:brief})
 * @param entities the entity index, with the analyst's curation applied
 * @param options format options given on the command line ({@code --marking TLP:CLEAR} as
 *     {@code marking=TLP:CLEAR}); an exporter ignores those it does not know
 */
public record Export(Selection selection, EntityIndex entities, Map<String, String> options) {

    public Export {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(entities, "entities");
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** An option's value, when given. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }
}
