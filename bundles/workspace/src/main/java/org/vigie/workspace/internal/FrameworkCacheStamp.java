package org.vigie.workspace.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vouches for the framework cache: once the framework has started — by then the launcher has
 * installed every bundle of the distribution — creates the file named by the
 * {@code vigie.cache.stamp} property, set by {@code ./vigie}. The script removes the stamp before
 * it empties the cache, and empties it again when the stamp is missing: a start killed while the
 * cache was being filled is redone from the distribution and {@code WORKSPACE/plugins} instead of
 * loading a half-filled cache.
 */
@Component(immediate = true)
public class FrameworkCacheStamp implements FrameworkListener {
    static final String PROPERTY = "vigie.cache.stamp";
    private static final Logger LOG = LoggerFactory.getLogger(FrameworkCacheStamp.class);

    private final BundleContext context;
    private final Path stamp;

    @Activate
    public FrameworkCacheStamp(BundleContext context) {
        this.context = context;
        String property = context.getProperty(PROPERTY);
        stamp = property == null || property.isBlank() ? null : Path.of(property);
        if (stamp != null) {
            context.addFrameworkListener(this);
            if (context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).getState() == Bundle.ACTIVE) {
                mark(stamp);
            }
        }
    }

    @Deactivate
    void deactivate() {
        if (stamp != null) {
            context.removeFrameworkListener(this);
        }
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTED) {
            mark(stamp);
        }
    }

    /** Creates the stamp unless it is there: a warm start writes nothing. */
    static void mark(Path stamp) {
        if (Files.exists(stamp)) {
            return;
        }
        try {
            Files.createFile(stamp);
        } catch (FileAlreadyExistsException e) {
            LOG.debug("{} appeared meanwhile", stamp);
        } catch (IOException e) {
            LOG.warn("cannot write {} ({}): the next start will rebuild the framework cache", stamp, e.toString());
        }
    }
}
