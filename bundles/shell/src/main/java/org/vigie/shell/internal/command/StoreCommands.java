package org.vigie.shell.internal.command;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.nio.file.Path;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.SatisfyingConditionTarget;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreKind;
import org.vigie.corpus.api.stores.StoreSelection;
import org.vigie.corpus.api.stores.StoreStatus;
import org.vigie.entities.api.EntityIndexCheck;
import org.vigie.shell.internal.format.TerminalText;

/**
 * {@code store:} commands: which corpus store serves the workbench, switching it while Vigie
 * runs, and copying a corpus to the other store. Registered once the store chosen in the
 * workspace serves (the {@code vigie.store} condition), so a script never starts on the store a
 * start replaces.
 */
@Component(service = StoreCommands.class)
@SatisfyingConditionTarget("(osgi.condition.id=vigie.store)")
@GogoCommand(scope = "store", function = {"use", "status", "copy"})
public class StoreCommands {
    private static final String NONE = "";

    private final StoreSelection selection;

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    volatile EntityIndexCheck check;

    @Activate
    public StoreCommands(@Reference StoreSelection selection) {
        this.selection = selection;
    }

    @Descriptor("Switches the corpus store while Vigie runs, after checking a cluster answers and is not red; "
            + "the next start keeps it. Example: store:use opensearch --url http://127.0.0.1:9200; store:use embedded")
    public void use(CommandSession session,
            @Descriptor("cluster URL, http:// or https:// (default: the one last used)") @Parameter(names = "--url", absentValue = NONE) String url,
            @Descriptor("prefix of the cluster's index names") @Parameter(names = "--index-prefix", absentValue = NONE) String prefix,
            @Descriptor("user for basic authentication") @Parameter(names = "--user", absentValue = NONE) String user,
            @Descriptor("file holding that user's password (read when needed, never stored)") @Parameter(names = "--password-file", absentValue = NONE) String passwordFile,
            @Descriptor("PKCS12 or JKS trust store of an https cluster with its own certificate authority") @Parameter(names = "--trust-store", absentValue = NONE) String trustStore,
            @Descriptor("file holding the trust store's password") @Parameter(names = "--trust-store-password-file", absentValue = NONE) String trustPassword,
            @Descriptor("embedded or opensearch") String kind) {
        StoreChoice choice = choice(session, StoreKind.of(kind.strip()), url, prefix, user, passwordFile, trustStore, trustPassword);
        selection.use(choice);
        System.out.println("corpus store: " + TerminalText.line(choice.describe()));
        status();
    }

    @Descriptor("Shows the corpus store in use, its health and document count, and whether the entity index "
            + "agrees with it. Example: store:status")
    public void status() {
        StoreStatus status = selection.status();
        System.out.println("store      " + TerminalText.line(status.active().describe()));
        System.out.println("health     " + TerminalText.line(status.health()));
        System.out.println("documents  " + (status.documents() < 0 ? "unknown" : status.documents()));
        System.out.println("entities   " + entities());
    }

    @Descriptor("Copies every document of the active store into the other one, in batches, skipping those already "
            + "there (a re-run resumes), then compares both sides. Example: store:copy --to opensearch --url http://127.0.0.1:9200")
    public void copy(CommandSession session,
            @Descriptor("embedded or opensearch: the store that is not active") @Parameter(names = "--to", absentValue = NONE) String to,
            @Descriptor("cluster URL (default: the one last used)") @Parameter(names = "--url", absentValue = NONE) String url,
            @Descriptor("prefix of the cluster's index names") @Parameter(names = "--index-prefix", absentValue = NONE) String prefix,
            @Descriptor("user for basic authentication") @Parameter(names = "--user", absentValue = NONE) String user,
            @Descriptor("file holding that user's password") @Parameter(names = "--password-file", absentValue = NONE) String passwordFile,
            @Descriptor("trust store of an https cluster with its own certificate authority") @Parameter(names = "--trust-store", absentValue = NONE) String trustStore,
            @Descriptor("file holding the trust store's password") @Parameter(names = "--trust-store-password-file", absentValue = NONE) String trustPassword) {
        if (to.isBlank()) {
            throw new CorpusException("store:copy needs --to embedded or --to opensearch");
        }
        StoreChoice target = choice(session, StoreKind.of(to.strip()), url, prefix, user, passwordFile, trustStore, trustPassword);
        StoreCopyRun.run(selection, target, session);
    }

    private String entities() {
        EntityIndexCheck current = check;
        if (current == null) {
            return "the entity index is not running (see the workspace log)";
        }
        return current.agrees() ? "the entity index agrees with this store"
                : "the entity index is behind this store: it catches up in the background (vigie:check waits for it)";
    }

    /** The store named on the command line; a cluster without --url is the one last used. */
    private StoreChoice choice(CommandSession session, StoreKind kind, String url, String prefix, String user,
            String passwordFile, String trustStore, String trustPassword) {
        if (kind == StoreKind.EMBEDDED) {
            if (!(url + prefix + user + passwordFile + trustStore + trustPassword).isEmpty()) {
                throw new CorpusException("the embedded store takes no --url, --index-prefix, --user, --password-file or --trust-store");
            }
            return StoreChoice.embedded();
        }
        StoreChoice last = selection.lastCluster();
        if (url.isBlank() && last != null && (prefix + user + passwordFile + trustStore + trustPassword).isEmpty()) {
            return last;
        }
        return new StoreChoice(kind, url.isBlank() ? null : url.strip(), prefix.isBlank() ? null : prefix.strip(),
                user.isBlank() ? null : user.strip(), file(session, passwordFile), file(session, trustStore),
                file(session, trustPassword));
    }

    private static Path file(CommandSession session, String name) {
        return name.isBlank() ? null : ReportCommands.file(session, name, name);
    }
}
