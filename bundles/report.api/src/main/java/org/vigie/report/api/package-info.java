/**
 * Analyst briefings: a sourced, readable report written from a selection of the corpus.
 * <p>
 * The {@link org.vigie.report.api.BriefingService} selects documents ({@link
 * org.vigie.report.api.BriefingRequest}: everything, a search query, a publication date range, the
 * documents mentioning an entity), then asks every {@link org.vigie.report.api.BriefingSection}
 * (whiteboard, ordered by {@link org.vigie.report.api.BriefingSection#order() order}, then
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
 */
@Export
@Version("1.0.0")
package org.vigie.report.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
