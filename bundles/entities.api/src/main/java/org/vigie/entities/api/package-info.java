/**
 * Entities: stand-off {@link org.vigie.entities.api.Annotation annotations} over a document's
 * immutable text, the {@link org.vigie.entities.api.EntityExtractor} extension point
 * (whiteboard), the {@link org.vigie.entities.api.ExtractionPipeline} that runs every active
 * extractor on a document and stores the merged result, and the
 * {@link org.vigie.entities.api.EntityIndex} that answers questions over the stored results
 * (who is mentioned, how often, with whom, when) without re-reading the documents.
 * <p>
 * Entity types are open ({@link org.vigie.entities.api.EntityType}): PERSON, ORGANIZATION,
 * LOCATION, EVENT and LAW are the core; DATE and QUANTITY annotate the text without being
 * entities; a plugin may add its own (INDICATOR, VESSEL, ...).
 * <p>
 * 2.0.0: an extractor says what it contributes once, as service properties
 * ({@link org.vigie.entities.api.propertytypes.ExtractorService}); the methods
 * {@code EntityExtractor.id()}, {@code version()}, {@code types()} and {@code languages()} are
 * gone (a major change), and {@link org.vigie.entities.api.ExtractorInfo#of(java.util.Map)} reads
 * the properties for the pipeline, describers, tests and plugins alike.
 * <p>
 * 2.1.0: entities the text declares to be one ({@link org.vigie.entities.api.Features#DECLARED})
 * are merged across the corpus, and {@link org.vigie.entities.api.EntityIndex#links(String)} gives
 * the evidence of each merge ({@link org.vigie.entities.api.NameLink});
 * {@link org.vigie.entities.api.EntityIndex#curation()} and
 * {@link org.vigie.entities.api.CurationReport}: the index answers with the analyst's decisions
 * applied, and says how many applied and which name entities that no longer exist.
 * <p>
 * 2.2.0: {@link org.vigie.entities.api.EntityIndex#mentions(String)} gives one document's
 * mentions with their entities' keys in one call, so that exports read a selection document by
 * document.
 */
@Export
@Version("2.2.0")
package org.vigie.entities.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
