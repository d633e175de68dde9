package org.vigie.report.pdf.internal;

import java.util.Arrays;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.plugins.api.Contribution;
import org.vigie.plugins.api.ContributionDescriber;
import org.vigie.report.api.BriefingSection;

/** Describes briefing sections for {@code plugins:list}: "section ioc: Indicateurs", flagged when failing. */
@Component
public class SectionDescriber implements ContributionDescriber {

    private static final Logger LOG = LoggerFactory.getLogger(SectionDescriber.class);

    @Reference
    SectionFailures failures;

    private BundleContext context;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

    @Override
    public Optional<Contribution> describe(ServiceReference<?> service) {
        Object classes = service.getProperty(Constants.OBJECTCLASS);
        if (!(classes instanceof String[] names) || !Arrays.asList(names).contains(BriefingSection.class.getName())) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        ServiceReference<BriefingSection> reference = (ServiceReference<BriefingSection>) service;
        BriefingSection section = context.getService(reference);
        if (section == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Contribution("section", section.id(), section.title() + " (order " + section.order()
                    + ")", failures.lastFailure(section.id()).orElse(null)));
        } catch (RuntimeException e) {
            LOG.warn("Briefing section service {} cannot describe itself", service, e);
            return Optional.of(new Contribution("section", String.valueOf(service.getProperty(Constants.SERVICE_ID)), "",
                    e.toString()));
        } finally {
            context.ungetService(reference);
        }
    }
}
