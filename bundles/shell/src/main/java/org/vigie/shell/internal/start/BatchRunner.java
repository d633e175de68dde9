package org.vigie.shell.internal.start;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.shell.internal.command.CommandRegistry;
import org.vigie.shell.internal.format.ErrorLine;
import org.vigie.shell.internal.format.TerminalText;

/**
 * Batch mode ({@code ./vigie -c '...'} or {@code ./vigie FILE.gosh}): once the start has reached a
 * runnable state ({@link StartupReadiness}), runs the script in its own session, prints results on
 * standard output and errors on standard error, stops at the first failing command, then stops
 * the framework and exits with 0 on success, 1 on failure.
 * <p>
 * The launcher passes the script as framework properties {@code vigie.batch.command} or
 * {@code vigie.batch.script}; without them (interactive shell) this component only waits for the
 * runnable state. In both modes it then enables {@link ReadyCondition}, which tells the
 * workspace's start watchdog that the start is complete.
 */
// the PID it had before the shell's sub-packages, so that a configuration file keeps working
@Component(immediate = true, service = {}, configurationPid = "org.vigie.shell.internal.BatchRunner")
@Designate(ocd = BatchRunner.Config.class)
public class BatchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    @ObjectClassDefinition(name = "Vigie batch runner")
    public @interface Config {
        @AttributeDefinition(description = "Command scopes to wait for before running a script (none: Vigie's own)")
        String[] scopes() default {};
    }

    private final CommandProcessor processor;
    private final Thread thread;
    private volatile boolean stopping;

    @Activate
    public BatchRunner(BundleContext context, ComponentContext component, @Reference CommandProcessor processor,
            Config config) {
        this.processor = processor;
        String command = context.getProperty("vigie.batch.command");
        String script = context.getProperty("vigie.batch.script");
        boolean batch = command != null || script != null;
        List<String> scopes = config.scopes().length == 0 ? CommandRegistry.VIGIE_SCOPES : List.of(config.scopes());
        StartupReadiness readiness = new StartupReadiness(context, processor, scopes);
        thread = new Thread(() -> {
            try {
                readiness.await();
            } catch (InterruptedException e) {
                return; // deactivated before the start was complete
            }
            component.enableComponent(ReadyCondition.class.getName());
            if (batch) {
                runAndExit(command, script);
            }
        }, batch ? "vigie-batch" : "vigie-start");
        thread.start();
    }

    @Deactivate
    void deactivate() {
        stopping = true;
        thread.interrupt();
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
        try (CommandSession session = processor.createSession(System.in, out, err)) {
            session.put("SCOPE", String.join(":", CommandRegistry.VIGIE_SCOPES) + ":felix:gogo:*");
            if (script != null) {
                session.put("0", script);
            }
            Object result = session.execute(program);
            if (result != null) {
                out.println(TerminalText.block(String.valueOf(session.format(result, Converter.INSPECT))));
            }
            return 0;
        } catch (Exception e) {
            if (stopping && e instanceof InterruptedException) {
                // Vigie is stopping (Ctrl-C, SIGTERM): the script's thread was interrupted while
                // it waited for its command, and the command says itself how it ended ("web
                // workbench closed", an import's interrupted line): "error: InterruptedException"
                // would be noise, and the exit code still says the script did not end
                LOG.debug("batch script interrupted by Vigie's stop", e);
                return 130;
            }
            err.println(ErrorLine.of(e));
            LOG.debug("batch command failed", e);
            if (Boolean.getBoolean("vigie.verbose")) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }
}
