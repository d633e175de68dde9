package org.vigie.entities.core.internal.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.ExtractorInfo;
import org.vigie.plugins.api.Contribution;
import org.vigie.plugins.api.ContributionDescriber;

/**
 * Describes extractor services for {@code plugins:list} from their service properties alone:
 * "extractor ioc: INDICATOR", flagged when failing or when a required property is missing.
 */
@Component
public class ExtractorDescriber implements ContributionDescriber {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractorDescriber.class);

    @Reference
    ExtractorHealth health;

    /** The contribution of the service with these properties ({@code objectClass}, {@code service.id} included). */
    @Override
    public Optional<Contribution> describe(Map<String, Object> properties) {
        if (!ContributionDescriber.provides(properties, EntityExtractor.class)) {
            return Optional.empty();
        }
        Object serviceId = properties.get(Constants.SERVICE_ID);
        ExtractorInfo declared;
        try {
            declared = ExtractorInfo.of(properties);
        } catch (IllegalArgumentException e) {
            LOG.warn("extractor service {} left out: {}", serviceId, e.getMessage());
            return Optional.of(new Contribution("extractor", String.valueOf(serviceId), "", e.getMessage()));
        }
        String types = declared.types().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        return Optional.of(new Contribution("extractor", declared.id(), types, health.of(serviceId).lastFailure()));
    }
}
