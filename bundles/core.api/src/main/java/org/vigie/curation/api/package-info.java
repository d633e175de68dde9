/**
 * The analyst's judgement over what the machine found: every correction is a {@link
 * org.vigie.curation.api.Decision} appended to the workspace's curation log (human-readable JSON
 * Lines: what, on which targets, who, when, why), applied on top of extraction whenever entities
 * or sources are read, so it survives re-extraction, plugins coming and going, and re-import.
 * {@link org.vigie.curation.api.CurationLog} records, undoes, exports and imports decisions;
 * {@link org.vigie.curation.api.SourceGrades} reads the grades the analyst gave outlets (Admiralty
 * reliability A–F) and documents (credibility 1–6).
 */
@Export
@Version("1.0.0")
package org.vigie.curation.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
