package org.vigie.shell.internal.start;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.vigie.plugins.api.PluginStartLevel;
import org.vigie.shell.internal.command.CommandRegistry;

/**
 * When a start has reached a runnable state: the framework at the plugins' start level (so
 * installed plugins have started), every expected command scope registered, and the Gogo shell's
 * profile run to its end (it sets the constant {@value #PROFILE_DONE}; a batch run that ended
 * while the profile still ran would stop Gogo's commands under it).
 */
final class StartupReadiness {
    /** Set by {@code /ext/gosh_profile} (bundle shell.profile) as its last statement. */
    static final String PROFILE_DONE = "vigie.profile.done";

    private final BundleContext context;
    private final CommandProcessor processor;
    private final List<String> scopes;

    StartupReadiness(BundleContext context, CommandProcessor processor, List<String> scopes) {
        this.context = context;
        this.processor = processor;
        this.scopes = scopes;
    }

    /** Waits, without a limit of its own (the workspace's start watchdog sets it), until runnable. */
    void await() throws InterruptedException {
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]),
                OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            // framework properties are fixed at launch: the target level is read once
            int target = PluginStartLevel.target(context);
            while (!levelReached(target) || !scopesRegistered() || session.get(PROFILE_DONE) == null) {
                Thread.sleep(20);
            }
        }
    }

    private boolean levelReached(int target) {
        return context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel() >= target;
    }

    private boolean scopesRegistered() {
        Set<String> registered = new HashSet<>();
        for (var ref : new CommandRegistry(context).references()) {
            registered.add(CommandRegistry.scopeOf(ref));
        }
        return registered.containsAll(scopes);
    }
}
