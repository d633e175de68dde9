/**
 * Analyst briefings: a sourced, readable report written from a selection of the corpus.
 * <p>
 * The {@link org.vigie.report.api.BriefingService} selects documents ({@link
 * org.vigie.report.api.BriefingRequest}: everything, a search query, a publication date range, the
 * documents mentioning an entity), then asks every {@link org.vigie.report.api.BriefingSection}
 * (whiteboard, described by its service properties, see
 * {@link org.vigie.report.api.propertytypes.BriefingSectionService}; ordered by
 * {@code vigie.section.order}, one per {@code vigie.section.id}: the highest
 * {@code service.ranking}) to write itself into a {@link org.vigie.report.api.Layout}. A section
 * never sees the output format: it adds headings, paragraphs of {@link
 * org.vigie.report.api.Text} with citations, {@link org.vigie.report.api.Table tables}, bullet
 * lists and vector {@link org.vigie.report.api.Drawing drawings}; the service lays them out as
 * PDF (or HTML, Markdown).
 * <p>
 * Contract for sections:
 * <ul>
 * <li>Every statement a section makes about the corpus comes from a document of the
 * {@link org.vigie.report.api.Selection} and carries its citation, obtained from
 * {@link org.vigie.report.api.Citations#cite(String)}: numbers are given in order of first
 * citation, so the first document cited is [1].</li>
 * <li>Sections aggregate through the {@link org.vigie.entities.api.EntityIndex} and cap what they
 * list: a briefing over 10 000 documents stays readable.</li>
 * <li>Output must not depend on hash order or on the clock: use
 * {@link org.vigie.report.api.Briefing#date()} for "today".</li>
 * <li>A section that throws is left out, logged and named in
 * {@link org.vigie.report.api.BriefingResult#problems()}; the others are still written.</li>
 * </ul>
 * <p>
 * Version 2.0.0 (major): {@code BriefingSection} lost {@code id()}, {@code title()},
 * {@code order()} and {@code headed()}; a section says them once as service properties
 * ({@link org.vigie.report.api.propertytypes.BriefingSectionService}), read back by
 * {@link org.vigie.report.api.SectionInfo#of(java.util.Map)} without getting the service.
 * {@code SectionInfo} gained {@code headed}.
 * <p>
 * Version 2.1.0 (minor): {@link org.vigie.report.api.Citations#grade(String)} and {@link
 * org.vigie.report.api.Grade}, the analyst's Admiralty grades of the cited documents; the layout
 * writes them in every citation ({@code [3 · B2]}). {@code Citations} counts copies of one dispatch
 * as one source ({@code source}, {@code copies}, {@code independent}); a copy is cited under its
 * source's number.
 * <p>
 * Version 2.2.0 (minor): {@link org.vigie.report.api.SelectionCriteria}, {@link
 * org.vigie.report.api.BriefingRequest#criteria()} and the {@link
 * org.vigie.report.api.DocumentSelection} service, so that exports select documents with the
 * briefing's code.
 */
@Export
@Version("2.3.0")
package org.vigie.report.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
