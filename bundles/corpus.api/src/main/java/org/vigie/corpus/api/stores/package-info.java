/**
 * Which corpus store is active, and moving a corpus from one to the other.
 * <p>
 * Exactly one {@link org.vigie.corpus.api.CorpusStore} serves the workbench at a time; each
 * implementation registers it with the service property {@code vigie.corpus.store} naming its
 * {@link org.vigie.corpus.api.stores.StoreKind}. {@link org.vigie.corpus.api.stores.StoreSelection}
 * switches between them while Vigie runs (the consumers of {@code CorpusStore} rebind), keeps the
 * choice in the workspace for the next start, and copies a corpus from the active store to the
 * other one. A store opened only to receive a copy carries {@code vigie.corpus.store.role=copy} and a
 * negative {@code service.ranking}: commands never pick it.
 * <p>
 * No password ever passes through these types: a choice names the file that holds it.
 * <p>
 * 1.1.0: a cluster's own TLS trust store ({@link org.vigie.corpus.api.stores.TrustStore}).
 */
@Export
@Version("1.1.0")
package org.vigie.corpus.api.stores;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
