/**
 * Syndicated copies: the same dispatch run by several outlets with small edits (headline
 * rewritten, lead shortened, a paragraph dropped, the outlet's boilerplate). The store signs each
 * document at import and groups near-duplicates into {@link org.vigie.corpus.api.copies.CopyCluster
 * clusters}; {@link org.vigie.corpus.api.copies.CorpusCopies} reads them. A cluster's original is
 * its earliest published document; a briefing counts a cluster as one independent source.
 * <p>
 * Clusters always agree with the stored documents: a removed document leaves its cluster, and a
 * store reopened after a restart gives the same clusters.
 */
@Export
@Version("1.0.0")
package org.vigie.corpus.api.copies;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
