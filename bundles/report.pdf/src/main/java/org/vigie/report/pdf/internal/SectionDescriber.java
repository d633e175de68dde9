package org.vigie.report.pdf.internal;

import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.plugins.api.Contribution;
import org.vigie.plugins.api.ContributionDescriber;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.SectionInfo;

/**
 * Describes briefing sections for {@code plugins:list}: "section ioc: Indicateurs", flagged when
 * failing. Reads the section's service properties only; never gets the service.
 */
@Component
public class SectionDescriber implements ContributionDescriber {

    @Reference
    SectionFailures failures;

    /** The contribution of the service with these properties ({@code objectClass}, {@code service.id} included). */
    @Override
    public Optional<Contribution> describe(Map<String, Object> properties) {
        if (!ContributionDescriber.provides(properties, BriefingSection.class)) {
            return Optional.empty();
        }
        try {
            SectionInfo section = SectionInfo.of(properties);
            return Optional.of(new Contribution("section", section.id(), section.title() + " (order " + section.order()
                    + ")", failures.lastFailure(section.id()).orElse(null)));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Contribution("section", String.valueOf(properties.get(Constants.SERVICE_ID)), "",
                    e.getMessage()));
        }
    }
}
