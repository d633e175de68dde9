package org.vigie.entities.api;

import java.util.Objects;

/**
 * Why two names were merged into one entity: document {@code documentId} says, in
 * {@code sentence}, that {@code name} is also called {@code alias} ({@code la Convention sur la
 * cybercriminalité}, {@code Connue sous le nom de Convention de Budapest, ...}).
 *
 * @param name the name the text declares an alias for, as written
 * @param alias the alias declared, as written
 * @param documentId the document saying so
 * @param sentence the sentence saying so
 */
public record NameLink(String name, String alias, String documentId, String sentence) {

    public NameLink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(sentence, "sentence");
    }
}
