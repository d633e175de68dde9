package org.vigie.export.internal;

import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.vigie.export.api.Exporter;
import org.vigie.export.api.ExporterInfo;
import org.vigie.plugins.api.Contribution;
import org.vigie.plugins.api.ContributionDescriber;

/**
 * Describes exporters for {@code plugins:list}: "exporter gexf: entity graph for Gephi (.gexf)".
 * Reads the exporter's service properties only; never gets the service.
 */
@Component
public class ExporterDescriber implements ContributionDescriber {

    @Override
    public Optional<Contribution> describe(Map<String, Object> properties) {
        if (!ContributionDescriber.provides(properties, Exporter.class)) {
            return Optional.empty();
        }
        try {
            ExporterInfo format = ExporterInfo.of(properties);
            return Optional.of(new Contribution("exporter", format.id(),
                    format.description() + " (." + format.extension() + ", " + format.mediaType() + ")", null));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Contribution("exporter", String.valueOf(properties.get(Constants.SERVICE_ID)), "",
                    e.getMessage()));
        }
    }
}
