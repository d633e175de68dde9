package org.vigie.shell.internal.command;

import java.util.Arrays;
import java.util.Comparator;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vigie.core.api.Workspace;
import org.vigie.entities.api.CheckReport;
import org.vigie.entities.api.EntityIndexCheck;
import org.vigie.entities.api.ExtractionException;
import org.vigie.shell.internal.format.Table;
import org.vigie.shell.internal.format.TerminalText;

/** {@code vigie:} commands: the state of this Vigie. */
@Component(service = VigieCommands.class)
@GogoCommand(scope = "vigie", function = {"status", "check"})
public class VigieCommands {
    private final BundleContext context;
    private final Workspace workspace;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile EntityIndexCheck check;

    @Activate
    public VigieCommands(BundleContext context, @Reference Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    @Descriptor("Shows Vigie's version, its workspace, and its bundles with their state. Example: vigie:status")
    public void status() {
        System.out.println("Vigie " + workspace.vigieVersion());
        System.out.println("workspace  " + TerminalText.line(workspace.root()));
        System.out.println("java       " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        Table table = new Table("ID", "STATE", "BUNDLE", "VERSION").maxWidth(2, 50);
        Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.vigie."))
                .sorted(Comparator.comparingLong(Bundle::getBundleId))
                .forEach(b -> table.row(b.getBundleId(), state(b), b.getSymbolicName(), b.getVersion()));
        table.print(System.out);
    }

    @Descriptor("Checks that every stored document has entities and no entities outlive their document, and"
            + " repairs what does not hold; one line says what was repaired. Example: vigie:check")
    public void check(CommandSession session) {
        EntityIndexCheck current = check;
        if (current == null) {
            throw new ExtractionException("cannot check: the entity index is not running (see the workspace log)");
        }
        CheckReport report = IndexCatchUp.run(current, session, "run vigie:check again to finish");
        System.out.println(report.summary());
        IndexCatchUp.failUnlessComplete(report);
    }

    static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> isFragment(bundle) ? "FRAGMENT" : "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get("Fragment-Host") != null;
    }
}
