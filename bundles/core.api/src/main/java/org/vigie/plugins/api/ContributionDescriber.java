package org.vigie.plugins.api;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by the owner of an extension point to describe the services registered against it.
 * The plugin service asks every describer about each service a plugin bundle registers, giving
 * the service's properties only: a contribution says what it is through typed service properties
 * (e.g. {@code @ExtractorService}), so describing it never gets, and so never activates, the
 * service.
 */
@ConsumerType
public interface ContributionDescriber {

    /**
     * A description of the service, or empty when it is not one of this describer's kind.
     *
     * @param properties the service's properties, {@code objectClass} and {@code service.id} among them
     */
    Optional<Contribution> describe(Map<String, Object> properties);

    /** Whether the service of these properties is registered under {@code type} ({@code objectClass}). */
    static boolean provides(Map<String, Object> properties, Class<?> type) {
        return properties.get("objectClass") instanceof String[] names && Arrays.asList(names).contains(type.getName());
    }
}
