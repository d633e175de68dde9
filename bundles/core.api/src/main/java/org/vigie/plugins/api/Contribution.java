package org.vigie.plugins.api;

import java.util.Objects;

/**
 * One service a plugin contributes to an extension point, e.g. kind {@code extractor}, name
 * {@code ioc}, detail {@code INDICATOR}.
 *
 * @param kind the extension point in the analyst's words: extractor, importer, section, command
 * @param name the contribution's own id
 * @param detail what it provides (entity types, media types, commands)
 * @param failure the last failure recorded for it, or {@code null} when it works
 */
public record Contribution(String kind, String name, String detail, String failure) {

    public Contribution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        detail = detail == null ? "" : detail;
    }

    @Override
    public String toString() {
        return kind + " " + name + (detail.isEmpty() ? "" : ": " + detail)
                + (failure == null ? "" : " (failing: " + failure + ")");
    }
}
