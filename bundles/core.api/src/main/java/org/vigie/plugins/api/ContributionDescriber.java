package org.vigie.plugins.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.framework.ServiceReference;

/**
 * Registered by the owner of an extension point to describe the services registered against it.
 * The plugin service asks every describer about each service a plugin bundle registers.
 */
@ConsumerType
public interface ContributionDescriber {

    /** A description of the service, or empty when it is not one of this describer's kind. */
    Optional<Contribution> describe(ServiceReference<?> service);
}
