package org.vigie.report.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One section of a briefing (whiteboard). What a section is (id, title, order, whether it is
 * headed) is said once, as service properties, best with
 * {@link org.vigie.report.api.propertytypes.BriefingSectionService}:
 *
 * <pre>
 * &#64;Component(service = BriefingSection.class)
 * &#64;BriefingSectionService(id = "ioc", title = "Indicateurs", order = 450)
 * </pre>
 *
 * The service writes the sections in ascending {@code vigie.section.order}, then by id; a section
 * whose {@code vigie.section.id} equals another's replaces it when its {@code service.ranking} is
 * higher. The core sections use orders 100 (cover) to 700 (appendix) in steps of 100, so a plugin
 * can slot in between. A section service without an id, title or order is left out, named in one
 * log line; the briefing goes on without it.
 */
@ConsumerType
public interface BriefingSection {

    /**
     * Writes the section's content. The heading and outline entry are already written when the
     * section is headed. Throwing leaves this section out and is reported; it never stops the
     * briefing.
     */
    void write(Briefing briefing, Layout layout);
}
