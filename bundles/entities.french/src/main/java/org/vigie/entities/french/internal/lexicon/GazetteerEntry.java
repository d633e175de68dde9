package org.vigie.entities.french.internal.lexicon;

import org.vigie.entities.api.EntityType;

/**
 * One named thing of a gazetteer.
 *
 * @param type its type
 * @param canonical the name every mention of it gets as value
 * @param link a stable id ({@code iso:VN}, {@code gaz:interpol})
 */
public record GazetteerEntry(EntityType type, String canonical, String link) {
}
