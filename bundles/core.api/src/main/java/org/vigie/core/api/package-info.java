/**
 * What every Vigie bundle may rely on: the analyst's {@link org.vigie.core.api.Workspace}
 * and the {@link org.vigie.core.api.VigieException} family whose messages are shown to the
 * analyst as one line ("cannot read foo.pdf: the file is encrypted").
 */
@Export
@Version("1.0.0")
package org.vigie.core.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
