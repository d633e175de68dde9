/**
 * Syndicated copies, for both corpus stores: a document's {@link org.vigie.lucene.copies.CopySignature}
 * (folded 5-word shingles, a 64-bin one-permutation MinHash, 133 bytes with the publication day),
 * which a store keeps with the document, and the in-memory
 * {@link org.vigie.lucene.copies.CopyIndex} (LSH bands, clusters by leaders) a store builds from
 * the stored signatures at the first read and keeps up to date. Moved from the embedded store so
 * that the store on a cluster finds the same clusters.
 */
@Export
@Version("1.0.0")
package org.vigie.lucene.copies;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
