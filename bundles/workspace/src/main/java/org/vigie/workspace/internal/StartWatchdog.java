package org.vigie.workspace.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.condition.Condition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.plugins.api.PluginStartLevel;

/**
 * Under the launcher ({@code vigie.launcher} set), a start must reach a runnable state — the
 * shell signals it by registering the {@link Condition} {@code vigie.ready} — within
 * {@code vigie.start.timeout} seconds (framework or system property, default 60; 0 or less: no
 * limit). Otherwise this prints one line naming what never came up (framework start level,
 * bundles not active, components not satisfied and the references they miss) and the process
 * exits with status {@value #EXIT_STATUS}: a start never waits in silence.
 */
@Component(immediate = true)
public class StartWatchdog {
    /** The process's exit status when a start did not finish in time. */
    static final int EXIT_STATUS = 4;
    static final String READY_FILTER = "(" + Condition.CONDITION_ID + "=vigie.ready)";
    private static final double DEFAULT_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(StartWatchdog.class);

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final Thread thread;

    @Activate
    public StartWatchdog(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
        double seconds = seconds(context.getProperty("vigie.start.timeout"));
        boolean watch = context.getProperty("vigie.launcher") != null && seconds > 0;
        long limit = (long) (seconds * 1_000_000_000L);
        thread = watch ? new Thread(() -> watch(seconds, System.nanoTime() + limit), "vigie-start-watchdog") : null;
        if (thread != null) {
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Deactivate
    void deactivate() {
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void watch(double seconds, long deadline) {
        try {
            while (!ready() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(Math.min(100, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            return; // the framework is stopping
        }
        if (!ready()) {
            String line = "vigie: start-up did not complete within " + format(seconds) + " s: " + diagnosis();
            LOG.error(line);
            // the process's own stderr: Gogo may have replaced System.err
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8).println(line);
            System.exit(EXIT_STATUS);
        }
    }

    private boolean ready() {
        try {
            return context.getServiceReferences(Condition.class, READY_FILTER).size() > 0;
        } catch (InvalidSyntaxException | IllegalStateException e) {
            return false;
        }
    }

    private String diagnosis() {
        int level = context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel();
        StartupDiagnosis diagnosis = new StartupDiagnosis().frameworkLevel(level, targetLevel())
                .bundles(context.getBundles(), level);
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            if (scr.isComponentEnabled(description)) {
                diagnosis.component(description, scr.getComponentConfigurationDTOs(description));
            }
        }
        String line = diagnosis.line();
        return line != null ? line
                : "every bundle and component is up, but the shell never reported ready (see the workspace log)";
    }

    /** The level the launcher and the plugins take the framework to. */
    private int targetLevel() {
        return PluginStartLevel.target(context);
    }

    static double seconds(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_SECONDS;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            LOG.warn("vigie.start.timeout={} is not a number of seconds; using {}", value, DEFAULT_SECONDS);
            return DEFAULT_SECONDS;
        }
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
