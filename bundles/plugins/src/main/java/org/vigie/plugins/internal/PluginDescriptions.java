package org.vigie.plugins.internal;

import static org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
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
     * The plugin's services as contributions, described from their service properties alone: no
     * describer gets a service, so describing never activates a plugin's component and cannot
     * block on one stuck in its constructor.
     */
    private List<Contribution> contributions(Bundle bundle) {
        ServiceReference<?>[] registered = bundle.getState() == Bundle.UNINSTALLED ? null : bundle.getRegisteredServices();
        List<Contribution> result = new ArrayList<>();
        List<ContributionDescriber> snapshot = describers;
        for (ServiceReference<?> service : registered == null ? new ServiceReference<?>[0] : registered) {
            Map<String, Object> properties = properties(service);
            result.add(snapshot.stream().map(d -> d.describe(properties)).flatMap(Optional::stream).findFirst()
                    .orElseGet(() -> fallback(properties)));
        }
        return result;
    }

    private static Map<String, Object> properties(ServiceReference<?> service) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : service.getPropertyKeys()) {
            properties.put(key, service.getProperty(key));
        }
        return properties;
    }

    /** Gogo commands are named by scope and functions; any other service by its interfaces. */
    static Contribution fallback(Map<String, Object> properties) {
        Object scope = properties.get("osgi.command.scope");
        Object functions = properties.get("osgi.command.function");
        if (scope != null && functions != null) {
            String names = functions instanceof String[] f ? String.join(", ", f) : functions.toString();
            return new Contribution("command", scope.toString(), names, null);
        }
        String[] classes = (String[]) properties.get(Constants.OBJECTCLASS);
        Object name = properties.get("component.name");
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
