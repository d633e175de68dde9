package org.vigie.entities.french.internal;

import org.vigie.entities.api.EntityType;

/**
 * One named thing of a gazetteer.
 *
 * @param type its type
 * @param canonical the name every mention of it gets as value
 * @param link a stable id ({@code iso:VN}, {@code gaz:interpol})
 */
record GazetteerEntry(EntityType type, String canonical, String link) {
}
