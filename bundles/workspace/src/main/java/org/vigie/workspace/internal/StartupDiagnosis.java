package org.vigie.workspace.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * What never came up in a start that did not finish, as the parts of one line: the framework
 * below its start level, bundles that are not active, components that are not satisfied (with
 * the references they miss) or failed to activate.
 */
final class StartupDiagnosis {
    /** More than this many parts are summed up as "and N more". */
    static final int MAX_PARTS = 6;
    /** The reference by which DS 1.5 switches a component off through its configuration. */
    static final String SATISFYING_CONDITION = "osgi.ds.satisfying.condition";
    /**
     * The property of a corpus store component: only the one the workspace chose runs (bundle
     * corpus.stores), so the others wait for a configuration or a condition on purpose.
     */
    static final String CORPUS_STORE = "vigie.corpus.store";

    private final List<String> parts = new ArrayList<>();

    StartupDiagnosis frameworkLevel(int level, int target) {
        if (level < target) {
            parts.add("the framework is at start level " + level + " of " + target);
        }
        return this;
    }

    /** The bundles meant to run at the framework's current level that are not active. */
    StartupDiagnosis bundles(Bundle[] bundles, int frameworkLevel) {
        for (Bundle bundle : bundles) {
            boolean fragment = bundle.adapt(BundleRevision.class) != null
                    && (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
            boolean meantToRun = level != null && level.isPersistentlyStarted() && level.getStartLevel() <= frameworkLevel;
            if (bundle.getBundleId() != 0 && !fragment && meantToRun && bundle.getState() != Bundle.ACTIVE) {
                parts.add("bundle " + bundle.getSymbolicName() + " is " + stateName(bundle.getState()));
            }
        }
        return this;
    }

    /** One component description and its configurations (none: the component never got one). */
    StartupDiagnosis component(ComponentDescriptionDTO description, Collection<ComponentConfigurationDTO> configurations) {
        String name = "component " + description.name;
        // a corpus store not chosen waits for its configuration on purpose (the store selection
        // reports a chosen one that does not come up); a failure to activate is still named
        boolean chosenOnly = description.properties != null && description.properties.containsKey(CORPUS_STORE);
        if (configurations.isEmpty() && "require".equals(description.configurationPolicy) && !chosenOnly) {
            parts.add(name + " waits for its configuration");
        }
        for (ComponentConfigurationDTO configuration : configurations) {
            switch (configuration.state) {
                case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> {
                    for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
                        if (SATISFYING_CONDITION.equals(reference.name)) {
                            continue; // switched off by its configuration (DS 1.5), not missing anything
                        }
                        parts.add(name + " misses its reference " + reference.name + " (" + interfaceOf(description,
                                reference.name) + (reference.target == null ? "" : " " + reference.target) + ")");
                    }
                }
                case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> {
                    if (!chosenOnly) {
                        parts.add(name + " waits for its configuration");
                    }
                }
                case ComponentConfigurationDTO.FAILED_ACTIVATION -> parts.add(name + " failed to activate: "
                        + firstLine(configuration.failure));
                default -> {
                    // satisfied or active: nothing to say
                }
            }
        }
        return this;
    }

    /** The parts joined into one line, or {@code null} when nothing was found missing. */
    String line() {
        if (parts.isEmpty()) {
            return null;
        }
        List<String> shown = parts.size() <= MAX_PARTS ? parts : parts.subList(0, MAX_PARTS);
        String line = String.join("; ", shown);
        return parts.size() <= MAX_PARTS ? line : line + "; and " + (parts.size() - MAX_PARTS) + " more";
    }

    private static String interfaceOf(ComponentDescriptionDTO description, String reference) {
        for (var candidate : description.references) {
            if (candidate.name.equals(reference)) {
                return candidate.interfaceName;
            }
        }
        return "?";
    }

    private static String firstLine(String failure) {
        if (failure == null) {
            return "no reason given";
        }
        int end = failure.indexOf('\n');
        return (end < 0 ? failure : failure.substring(0, end)).strip();
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed, not resolved";
            case Bundle.RESOLVED -> "resolved, not started";
            case Bundle.STARTING -> "still starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.UNINSTALLED -> "uninstalled";
            default -> "in state " + state;
        };
    }
}
