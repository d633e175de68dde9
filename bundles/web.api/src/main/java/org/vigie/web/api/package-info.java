/**
 * The web workbench: a page in the analyst's browser, served on 127.0.0.1 only while
 * {@code web:serve} runs, whose views are contributions.
 * <p>
 * A {@link org.vigie.web.api.WorkbenchView} is a whiteboard service that announces a view to the
 * navigation, described once by typed service properties
 * ({@link org.vigie.web.api.propertytypes.WorkbenchViewService}: id, title, menu order, path) and
 * read back by {@link org.vigie.web.api.ViewInfo#of(java.util.Map)}. The view's pages are served
 * by the contributing bundle itself, with OSGi Servlet Whiteboard servlets or resources under its
 * path; the navigation lists the views registered at the moment a page loads, so a plugin's view
 * appears when it starts and leaves when it stops. Every request, the plugins' included, passes
 * the workbench's access check (token, {@code Host}, {@code Origin}, CSRF) before it reaches them.
 * <p>
 * The {@link org.vigie.web.api.Workbench} service opens and closes the server.
 */
@Export
@Version("1.0.0")
package org.vigie.web.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
