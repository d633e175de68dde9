package org.vigie.report.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One section of a briefing (whiteboard). The service writes the sections in ascending
 * {@link #order()}, then by descending {@code service.ranking}; a section whose {@link #id()}
 * equals another's replaces it when its {@code service.ranking} is higher. The core sections use
 * orders 100 (cover) to 700 (appendix) in steps of 100, so a plugin can slot in between.
 */
@ConsumerType
public interface BriefingSection {

    /** A short stable id, e.g. {@code timeline}, as given to {@code --sections}. */
    String id();

    /** The title shown as the section heading and in the outline. */
    String title();

    /** Where the section stands in the briefing (lower first). */
    int order();

    /** Whether the service shows {@link #title()} as a heading (a cover does not). */
    default boolean headed() {
        return true;
    }

    /**
     * Writes the section's content. The heading and outline entry are already written when
     * {@link #headed()}. Throwing leaves this section out and is reported; it never stops the
     * briefing.
     */
    void write(Briefing briefing, Layout layout);
}
