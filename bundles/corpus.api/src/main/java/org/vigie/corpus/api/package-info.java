/**
 * The corpus: immutable {@link org.vigie.corpus.api.Document documents} (a normalised text, the
 * raw text it came from, and metadata), the {@link org.vigie.corpus.api.DocumentImporter}
 * extension point that turns files into documents (one service per media type, whiteboard), the
 * {@link org.vigie.corpus.api.CorpusImporter} that walks files and folders, and the
 * {@link org.vigie.corpus.api.CorpusStore} that keeps and searches them.
 * <p>
 * A document's id is the content hash of its normalised text, so the same article imported twice
 * is one document. A store is durable when a call that changes it returns.
 * <p>
 * 2.0.0: {@code DocumentImporter.id()} and {@code mediaTypes()} are gone; an importer says them
 * once as service properties ({@code @ImporterService} in
 * {@link org.vigie.corpus.api.propertytypes}), read into an {@link org.vigie.corpus.api.propertytypes.ImporterInfo}.
 * <p>
 * 2.2.0: {@code CorpusStore.stored} and {@code getAll} read a batch of ids at once.
 */
@Export
@Version("2.2.0")
package org.vigie.corpus.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
