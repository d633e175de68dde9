/**
 * What Vigie's Lucene indexes share beyond Lucene itself: {@link org.vigie.lucene.WriterThread},
 * which keeps an index's writes out of reach of the callers' thread interrupts (Ctrl-C in the
 * shell), as an interrupt during file I/O closes Lucene's files and the writer with them.
 */
@Export
@Version("1.0.0")
package org.vigie.lucene;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
