/**
 * What the corpus store implementations (embedded and on a cluster) share beyond the query
 * language: {@link org.vigie.lucene.store.CorpusListeners}, telling the corpus listeners of a
 * removal the same way from both.
 */
@Export
@Version("1.0.0")
package org.vigie.lucene.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
