package org.vigie.shell.internal.command;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.io.IOException;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.web.api.Workbench;
import org.vigie.web.api.WorkbenchAddress;
import org.vigie.web.api.WorkbenchException;

/**
 * {@code web:serve} and {@code web:stop}: the web workbench on 127.0.0.1. In the interactive shell
 * it serves in the background; in a batch script it serves until Vigie is interrupted.
 */
@Component(service = WebCommands.class)
@GogoCommand(scope = "web", function = {"serve", "stop"})
public class WebCommands {

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    volatile Workbench workbench;

    private final boolean batch;

    @Activate
    public WebCommands(BundleContext context) {
        batch = context.getProperty("vigie.batch.command") != null || context.getProperty("vigie.batch.script") != null;
    }

    @Descriptor("Serves the web workbench on 127.0.0.1 and prints its address with a new access token (whoever "
            + "holds it may use the workbench). In the shell it serves in the background until web:stop; in a "
            + "batch script until Ctrl-C. Example: web:serve --port 8765 --open")
    public void serve(@Descriptor("port on 127.0.0.1 (0: a free one)") @Parameter(names = "--port", absentValue = "0") int port,
            @Descriptor("open the address in the desktop's browser (xdg-open)") @Parameter(names = "--open", presentValue = "true", absentValue = "false") boolean open) {
        Workbench service = service();
        WorkbenchAddress address = service.serve(port);
        System.out.println("web workbench: " + address.url());
        System.out.println(batch ? "serving until interrupted (Ctrl-C)" : "serving in the background; web:stop closes it");
        if (open) {
            browse(address);
        }
        if (batch) {
            serveUntilInterrupted(service);
        }
    }

    /** A batch script's serving: until Ctrl-C or SIGTERM (Vigie stops, and the workbench with it). */
    private static void serveUntilInterrupted(Workbench service) {
        try {
            while (service.address().isPresent()) {
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            // the interrupt is the request to stop serving, and it is carried out below: the
            // script ends as a served workbench should, not with an InterruptedException line
            System.out.flush();
        } finally {
            if (service.address().isPresent()) {
                service.stop(); // still open: interrupted by Ctrl-C rather than by Vigie's stop
            }
            Interrupted.printing(() -> System.out.println("web workbench closed"));
        }
    }

    @Descriptor("Closes the web workbench: the port is released and its token no longer opens anything. Example: web:stop")
    public void stop() {
        System.out.println(service().stop() ? "web workbench closed" : "the web workbench was not served");
    }

    private static void browse(WorkbenchAddress address) {
        try {
            new ProcessBuilder("xdg-open", address.url().toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            System.err.println("cannot open a browser (" + e.getMessage() + "): open the address above yourself");
        }
    }

    private Workbench service() {
        Workbench current = workbench;
        if (current == null) {
            throw new WorkbenchException("the web workbench is not running (bundle org.vigie.web missing or failing: see plugins:list and the log)");
        }
        return current;
    }
}
