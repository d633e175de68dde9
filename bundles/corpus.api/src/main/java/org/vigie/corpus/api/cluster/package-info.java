/**
 * The cluster behind the active corpus store, for bundles that keep their own data next to the
 * corpus (the entity index keeps each document's extraction results there, so that every analyst
 * on the cluster shares them).
 * <p>
 * A store on a cluster registers an {@link org.vigie.corpus.api.cluster.OpenSearchCluster} with the
 * same service properties as its {@code CorpusStore} (so a store opened only for a copy carries
 * {@code vigie.corpus.store.role=copy} on both); the embedded store registers none.
 */
@Export
@Version("1.0.0")
package org.vigie.corpus.api.cluster;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
