package org.vigie.curation.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One decision of the analyst, one line of the curation log.
 *
 * @param id a stable id (a content hash of the other fields but the note), so that importing the
 *        same log twice changes nothing
 * @param at when it was taken
 * @param by who took it: the operating-system user
 * @param action what was decided, one of the constants below (a plugin may add its own, dotted)
 * @param targets what it applies to: entity keys ({@code law:convention de budapest}), a source
 *        name, a document id, or for {@link #UNDO} the id of the decision undone
 * @param arguments the action's arguments, e.g. {@code as} for a merge, {@code type} for a retype,
 *        {@code documents} (comma-separated ids) for a split, {@code grade} for a grade
 * @param note why, in the analyst's words; empty when none was given
 */
public record Decision(String id, Instant at, String by, String action, List<String> targets,
        Map<String, String> arguments, String note) {

    /** Targets are one entity each: they are one real thing; argument {@code as}: the name kept (optional). */
    public static final String ENTITY_MERGE = "entity.merge";
    /** Target: one entity; argument {@code documents}: the ids whose mentions become a separate entity. */
    public static final String ENTITY_SPLIT = "entity.split";
    /** Target: one entity; argument {@code name}: its name from now on. */
    public static final String ENTITY_RENAME = "entity.rename";
    /** Target: one entity; argument {@code type}: its entity type from now on. */
    public static final String ENTITY_RETYPE = "entity.retype";
    /** Target: one entity, not an entity at all; argument {@code document} (optional): only in that document. */
    public static final String ENTITY_REJECT = "entity.reject";
    /** Target: a source (outlet) name; argument {@code grade}: its reliability, A to F (Admiralty scale). */
    public static final String SOURCE_GRADE = "source.grade";
    /** Target: a document id; argument {@code grade}: its credibility, 1 to 6 (Admiralty scale). */
    public static final String DOCUMENT_GRADE = "document.grade";
    /** Target: the id of the decision undone. */
    public static final String UNDO = "undo";

    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(action, "action");
        targets = List.copyOf(targets);
        arguments = Map.copyOf(arguments);
        note = note == null ? "" : note;
    }

    /** The argument {@code name}, or null when the decision has none. */
    public String argument(String name) {
        return arguments.get(name);
    }
}
