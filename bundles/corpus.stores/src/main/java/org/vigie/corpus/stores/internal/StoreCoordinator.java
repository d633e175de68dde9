package org.vigie.corpus.stores.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.api.Workspace;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.stores.CopyProgress;
import org.vigie.corpus.api.stores.CopyReport;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreKind;
import org.vigie.corpus.api.stores.StoreSelection;
import org.vigie.corpus.api.stores.StoreStatus;

/**
 * Keeps exactly one corpus store serving the workbench, the one chosen in the workspace
 * ({@link SavedChoice}): applies the choice at start, switches on {@link #use} (the old store is
 * unregistered before the new one registers, so consumers rebind once and never see two), and
 * opens the other store as a copy's target for {@link #copy}. Changes are serialised.
 */
@Component(immediate = true, service = StoreSelection.class)
public class StoreCoordinator implements StoreSelection {
    private static final Logger LOG = LoggerFactory.getLogger(StoreCoordinator.class);
    static final int SWITCH_SECONDS = 30;

    @Reference
    Workspace workspace;

    @Reference
    ConfigurationAdmin admin;

    @Reference
    ServiceComponentRuntime scr;

    private final Registrations registrations = new Registrations();
    private final ClusterProbe probe = new ClusterProbe();
    private BundleContext context;
    private StoreConfigurations configurations;
    private TargetCheck check;
    private Path configDir;
    private volatile SavedChoice saved;
    private Thread settling;

    @Reference(service = CorpusStore.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStore(ServiceReference<CorpusStore> ref) {
        registrations.added(ref);
    }

    void removeStore(ServiceReference<CorpusStore> ref) {
        registrations.removed(ref);
    }

    @Activate
    void activate(ComponentContext component) {
        context = component.getBundleContext();
        configurations = new StoreConfigurations(admin);
        check = new TargetCheck(scr, probe);
        configDir = workspace.area("config");
        saved = SavedChoice.read(configDir);
        StoreChoice chosen = saved.activeChoice();
        boolean retired = configurations.retire(other(chosen.kind()));
        boolean changed = configurations.serve(chosen, false) || retired;
        settling = new Thread(() -> settle(component, chosen, changed), "vigie-store-start");
        settling.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        settling.interrupt();
        settling.join();
    }

    /** Enables {@link StoreReady} once the chosen store serves and, if this start switched it, its consumers rebound. */
    private void settle(ComponentContext component, StoreChoice chosen, boolean switched) {
        try {
            if (!registrations.await(Registrations.serving(chosen), SWITCH_SECONDS)) {
                LOG.warn("the {} store chosen in {} did not come up within {} s", chosen.kind().id(),
                        configDir.resolve(SavedChoice.FILE), SWITCH_SECONDS);
            } else if (switched && !Quiescence.await(scr, SWITCH_SECONDS)) {
                LOG.warn("the components were still changing {} s after the start's store came up", SWITCH_SECONDS);
            }
            LOG.info("corpus store: {}", chosen.describe());
            component.enableComponent(StoreReady.class.getName());
        } catch (InterruptedException e) {
            LOG.info("stopped before the corpus store came up");
        }
    }

    @Override
    public StoreChoice active() {
        return saved.activeChoice();
    }

    @Override
    public StoreChoice lastCluster() {
        return saved.cluster();
    }

    @Override
    public synchronized void use(StoreChoice choice) {
        StoreChoice before = saved.activeChoice();
        check.requireUsable(choice);
        if (!choice.equals(before)) {
            new StoreSwitch(configurations, registrations, scr).run(before, choice, Registrations.serving(choice), Registrations.serving(before));
        }
        saved = saved.using(choice);
        saved.write(configDir);
        LOG.info("corpus store now: {}", choice.describe());
    }

    @Override
    public StoreStatus status() {
        StoreChoice active = saved.activeChoice();
        String health = "OK";
        if (active.kind() == StoreKind.OPENSEARCH) {
            try {
                health = probe.health(active).toString();
            } catch (CorpusException e) {
                health = e.getMessage();
            }
        }
        ServiceReference<CorpusStore> ref = registrations.serving(active.kind());
        if (ref == null) {
            return new StoreStatus(active, "not running (see the workspace log)", -1);
        }
        return new StoreStatus(active, health, counted(ref));
    }

    private long counted(ServiceReference<CorpusStore> ref) {
        CorpusStore store = context.getService(ref);
        try {
            return store == null ? -1 : store.count();
        } catch (CorpusException e) {
            return -1;
        } finally {
            context.ungetService(ref);
        }
    }

    @Override
    public synchronized CopyReport copy(StoreChoice target, CopyProgress progress) {
        StoreChoice active = saved.activeChoice();
        if (target.kind() == active.kind()) {
            throw new CorpusException("the " + active.kind().id() + " store is the active one: copy to the other one"
                    + " (store:copy --to " + other(active.kind()).id() + ")");
        }
        check.requireUsable(target);
        CopyReport report = new CopyTarget(context, configurations, registrations).copy(active, target, progress);
        if (target.kind() == StoreKind.OPENSEARCH) {
            saved = saved.remembering(target);
            saved.write(configDir);
        }
        return report;
    }

    static StoreKind other(StoreKind kind) {
        return kind == StoreKind.EMBEDDED ? StoreKind.OPENSEARCH : StoreKind.EMBEDDED;
    }
}
