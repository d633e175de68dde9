/**
 * Component property types of the corpus extension points: a contribution says what it is once,
 * as service properties, e.g. {@link org.vigie.corpus.api.propertytypes.ImporterService}, read
 * back by {@link org.vigie.corpus.api.propertytypes.ImporterInfo#of}.
 */
@Export
@Version("1.0.0")
package org.vigie.corpus.api.propertytypes;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
