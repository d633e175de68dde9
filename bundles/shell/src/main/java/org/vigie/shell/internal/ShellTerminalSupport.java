package org.vigie.shell.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Lets the interactive shell get a real terminal. JLine 3.22+ finds its terminal providers
 * through the thread context class loader, which under OSGi sees none of them, so it falls back
 * to a dumb terminal (no line editing, no completion). Gogo JLine builds its terminal while it
 * starts, on the thread that starts it: while that bundle starts, this listener clears the
 * thread's context class loader so JLine uses its own bundle's, then puts it back.
 */
@Component(immediate = true, service = {})
public class ShellTerminalSupport implements SynchronousBundleListener {
    static final String GOGO_JLINE = "org.apache.felix.gogo.jline";

    private final BundleContext context;
    private final ThreadLocal<ClassLoader> saved = new ThreadLocal<>();

    @Activate
    public ShellTerminalSupport(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (!GOGO_JLINE.equals(event.getBundle().getSymbolicName())) {
            return;
        }
        Thread thread = Thread.currentThread();
        if (event.getType() == BundleEvent.STARTING) {
            saved.set(thread.getContextClassLoader());
            thread.setContextClassLoader(null);
        } else if (event.getType() == BundleEvent.STARTED && saved.get() != null) {
            thread.setContextClassLoader(saved.get());
            saved.remove();
        }
    }
}
