package org.vigie.shell.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch mode ({@code ./vigie -c '...'} or {@code ./vigie FILE.gosh}): once Vigie's command scopes
 * are registered, runs the script in its own session, prints results on standard output and
 * errors on standard error, stops at the first failing command, then stops the framework and
 * exits with 0 on success, 1 on failure.
 * <p>
 * The launcher passes the script as framework properties {@code vigie.batch.command} or
 * {@code vigie.batch.script}; without them this component does nothing (interactive shell).
 */
@Component(immediate = true, service = {})
@Designate(ocd = BatchRunner.Config.class)
public class BatchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    @ObjectClassDefinition(name = "Vigie batch runner")
    public @interface Config {
        @AttributeDefinition(description = "Command scopes to wait for before running a script")
        String[] scopes() default {"vigie", "corpus", "entities", "report", "plugins"};

        @AttributeDefinition(description = "Longest wait for those scopes, in milliseconds")
        long waitMillis() default 10_000;
    }

    private final BundleContext context;
    private final CommandProcessor processor;
    private final Config config;

    @Activate
    public BatchRunner(BundleContext context, @Reference CommandProcessor processor, Config config) {
        this.context = context;
        this.processor = processor;
        this.config = config;
        String command = context.getProperty("vigie.batch.command");
        String script = context.getProperty("vigie.batch.script");
        if (command != null || script != null) {
            Thread thread = new Thread(() -> runAndExit(command, script), "vigie-batch");
            thread.start();
        }
    }

    private void runAndExit(String command, String script) {
        int code = run(command, script);
        // System.exit runs the workspace bundle's shutdown hook (StopOnExit), which stops the
        // framework cleanly (stores commit and close); the exit code stays this one.
        Thread exit = new Thread(() -> System.exit(code), "vigie-exit");
        exit.start();
    }

    int run(String command, String script) {
        // the process's own stdout and stderr: Gogo replaces System.out and System.err with
        // per-thread dispatchers, and a session writing into those would write into itself
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        String program;
        try {
            program = command != null ? command : Files.readString(Path.of(script), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: cannot read script " + script + ": " + e.getMessage());
            return 2;
        }
        awaitScopes();
        try (CommandSession session = processor.createSession(System.in, out, err)) {
            session.put("SCOPE", "vigie:corpus:entities:report:plugins:felix:gogo:*");
            if (script != null) {
                session.put("0", script);
            }
            Object result = session.execute(program);
            if (result != null) {
                out.println(TerminalText.block(String.valueOf(session.format(result, Converter.INSPECT))));
            }
            return 0;
        } catch (Exception e) {
            err.println(ErrorLine.of(e));
            LOG.debug("batch command failed", e);
            if (Boolean.getBoolean("vigie.verbose")) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    /**
     * Waits until the framework has reached its beginning start level and the plugins' one (so
     * installed plugins have started), and
     * every expected command scope has at least one command, or the time is up.
     */
    private void awaitScopes() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(config.waitMillis());
        FrameworkStartLevel levels = context.getBundle(0).adapt(FrameworkStartLevel.class);
        int target = Math.max(level("org.osgi.framework.startlevel.beginning"), level("vigie.plugins.startlevel"));
        while (levels.getStartLevel() < target && System.nanoTime() < deadline) {
            sleep();
        }
        Set<String> missing = new HashSet<>(Arrays.asList(config.scopes()));
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            missing.removeAll(registeredScopes());
            if (!missing.isEmpty()) {
                sleep();
            }
        }
        if (!missing.isEmpty()) {
            LOG.warn("command scopes {} did not appear within {} ms", missing, config.waitMillis());
            System.err.println("warning: commands " + missing + " are not available (see the workspace log)");
        }
    }

    private int level(String property) {
        String value = context.getProperty(property);
        return value == null ? 1 : Integer.parseInt(value.trim());
    }

    private Set<String> registeredScopes() {
        Set<String> scopes = new HashSet<>();
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(osgi.command.scope=*)");
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                Object scope = ref.getProperty("osgi.command.scope");
                scopes.addAll(scope instanceof String[] s ? List.of(s) : List.of(String.valueOf(scope)));
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return scopes;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
