package org.vigie.corpus.importers.internal;

import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.propertytypes.ImporterInfo;
import org.vigie.plugins.api.Contribution;
import org.vigie.plugins.api.ContributionDescriber;

/**
 * Describes importer services for {@code plugins:list} from their properties alone
 * ({@code @ImporterService}): "importer docx: application/msword". One without an id is shown
 * by its service id, flagged with what it lacks.
 */
@Component
public class ImporterDescriber implements ContributionDescriber {

    /** The contribution of the service of these properties, or empty when it is no importer. */
    @Override
    public Optional<Contribution> describe(Map<String, Object> properties) {
        if (!ContributionDescriber.provides(properties, DocumentImporter.class)) {
            return Optional.empty();
        }
        try {
            ImporterInfo info = ImporterInfo.of(properties);
            return Optional.of(new Contribution("importer", info.id(),
                    String.join(", ", info.mediaTypes().stream().sorted().toList()), null));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Contribution("importer", String.valueOf(properties.get(Constants.SERVICE_ID)), "",
                    e.getMessage()));
        }
    }
}
