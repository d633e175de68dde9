package org.vigie.plugins.internal;

import static org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.vigie.plugins.api.Contribution;
import org.vigie.plugins.api.ContributionDescriber;
import org.vigie.plugins.api.PluginInfo;

/**
 * Describes a plugin bundle: its state, what its services contribute (asking every
 * {@link ContributionDescriber}, with a plain fallback), and why it does not run: the last start
 * failure, or components that failed to activate.
 */
@Component(service = PluginDescriptions.class)
public class PluginDescriptions {

    @Reference(cardinality = MULTIPLE, policy = DYNAMIC, policyOption = GREEDY)
    volatile List<ContributionDescriber> describers;

    @Reference
    ServiceComponentRuntime components;

    /** How long describing one plugin's contributions may take. */
    static final Duration DESCRIBE_LIMIT = Duration.ofSeconds(5);

    private final Map<Long, String> startFailures = new ConcurrentHashMap<>();

    PluginInfo describe(Bundle bundle) {
        return describe(bundle, null);
    }

    PluginInfo describe(Bundle bundle, String startFailure) {
        if (startFailure != null) {
            startFailures.put(bundle.getBundleId(), startFailure);
        } else if (bundle.getState() == Bundle.ACTIVE) {
            startFailures.remove(bundle.getBundleId());
        }
        String state = state(bundle);
        return new PluginInfo(bundle.getBundleId(), String.valueOf(bundle.getSymbolicName()),
                bundle.getVersion().toString(), state, bundle.getLocation(), contributions(bundle), problem(bundle));
    }

    /**
     * The plugin's services as contributions. A describer may get a service to describe it, which
     * activates its component; one that blocks there must not hang the command: past
     * {@link #DESCRIBE_LIMIT} every service is shown by its interfaces, flagged as not answering.
     */
    private List<Contribution> contributions(Bundle bundle) {
        ServiceReference<?>[] registered = bundle.getState() == Bundle.UNINSTALLED ? null : bundle.getRegisteredServices();
        List<ServiceReference<?>> services = registered == null ? List.of() : List.of(registered);
        AtomicReference<List<Contribution>> described = new AtomicReference<>();
        try {
            if (TimeLimit.run("vigie-plugin-describe-" + bundle.getSymbolicName(), DESCRIBE_LIMIT,
                    () -> described.set(described(services)))) {
                return described.get();
            }
        } catch (BundleException e) {
            throw new IllegalStateException("describing a plugin runs no framework operation", e);
        }
        String failure = "did not answer within " + DESCRIBE_LIMIT.toSeconds() + " s: it blocks while activating";
        return services.stream().map(PluginDescriptions::fallback)
                .map(c -> new Contribution(c.kind(), c.name(), c.detail(), failure)).toList();
    }

    private List<Contribution> described(List<ServiceReference<?>> services) {
        List<Contribution> result = new ArrayList<>();
        List<ContributionDescriber> snapshot = describers;
        for (ServiceReference<?> service : services) {
            result.add(snapshot.stream().map(d -> d.describe(service)).flatMap(Optional::stream).findFirst()
                    .orElseGet(() -> fallback(service)));
        }
        return result;
    }

    /** Gogo commands are named by scope and functions; any other service by its interfaces. */
    static Contribution fallback(ServiceReference<?> service) {
        Object scope = service.getProperty("osgi.command.scope");
        Object functions = service.getProperty("osgi.command.function");
        if (scope != null && functions != null) {
            String names = functions instanceof String[] f ? String.join(", ", f) : functions.toString();
            return new Contribution("command", scope.toString(), names, null);
        }
        String[] classes = (String[]) service.getProperty(Constants.OBJECTCLASS);
        Object name = service.getProperty("component.name");
        return new Contribution("service", name == null ? classes[0] : name.toString(), String.join(", ", classes),
                null);
    }

    private String problem(Bundle bundle) {
        String failure = startFailures.get(bundle.getBundleId());
        if (failure != null) {
            return failure;
        }
        if (bundle.getState() == Bundle.INSTALLED) {
            return "not resolved (plugins:start " + bundle.getBundleId() + " tells why)";
        }
        List<String> failed = new ArrayList<>();
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundle)) {
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    failed.add("component " + description.name + " failed to activate: "
                            + PluginProblems.rootCause(configuration.failure));
                }
            }
        }
        return failed.isEmpty() ? null : String.join("; ", failed);
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
