package org.vigie.entities.core.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.plugins.api.Contribution;
import org.vigie.plugins.api.ContributionDescriber;

/** Describes extractor services for {@code plugins:list}: "extractor ioc: INDICATOR", flagged when failing. */
@Component
public class ExtractorDescriber implements ContributionDescriber {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractorDescriber.class);

    @Reference
    ExtractorHealth health;

    private BundleContext context;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

    @Override
    public Optional<Contribution> describe(ServiceReference<?> service) {
        Object classes = service.getProperty(Constants.OBJECTCLASS);
        if (!(classes instanceof String[] names) || !Arrays.asList(names).contains(EntityExtractor.class.getName())) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        ServiceReference<EntityExtractor> reference = (ServiceReference<EntityExtractor>) service;
        EntityExtractor extractor = context.getService(reference);
        if (extractor == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(describe(extractor, service.getProperty(Constants.SERVICE_ID)));
        } catch (RuntimeException e) {
            LOG.warn("extractor service {} cannot describe itself", service, e);
            return Optional.of(new Contribution("extractor", String.valueOf(service.getProperty(Constants.SERVICE_ID)),
                    "", "cannot describe itself: " + e.getMessage()));
        } finally {
            context.ungetService(reference);
        }
    }

    /** The contribution of one extractor registered under {@code serviceId}. */
    Contribution describe(EntityExtractor extractor, Object serviceId) {
        String types = extractor.types().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        return new Contribution("extractor", extractor.id(), types, health.of(serviceId).lastFailure());
    }
}
