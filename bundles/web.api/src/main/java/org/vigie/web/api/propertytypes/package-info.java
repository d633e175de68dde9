/**
 * Component property types for workbench views: annotate a
 * {@link org.vigie.web.api.WorkbenchView} component with
 * {@link org.vigie.web.api.propertytypes.WorkbenchViewService} and its id, title, order, path and
 * menu flag become service properties ({@code vigie.view.*}).
 */
@Export
@Version("1.0.0")
package org.vigie.web.api.propertytypes;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
