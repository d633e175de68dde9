package org.vigie.corpus.importers.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.DocumentImporter;
import org.vigie.corpus.api.propertytypes.ImporterInfo;

/**
 * The importers of one import, highest {@code service.ranking} first, then oldest service first,
 * each with what its service properties say of it. An importer whose properties lack its id is
 * left out with one line; the others import.
 */
final class Importers {

    private static final Logger LOG = LoggerFactory.getLogger(Importers.class);

    /** An importer and its description. */
    record Ranked(ImporterInfo info, DocumentImporter importer) {
        String id() {
            return info.id();
        }
    }

    private Importers() {
    }

    static List<Ranked> ranked(List<Map.Entry<Map<String, Object>, DocumentImporter>> services) {
        if (services == null) {
            return List.of();
        }
        List<Ranked> ranked = new ArrayList<>();
        List.copyOf(services).stream()
                .sorted(Comparator.comparingInt((Map.Entry<Map<String, Object>, DocumentImporter> e) -> ranking(e))
                        .reversed().thenComparingLong(Importers::serviceId))
                .forEach(service -> {
                    try {
                        ranked.add(new Ranked(ImporterInfo.of(service.getKey()), service.getValue()));
                    } catch (IllegalArgumentException e) {
                        LOG.warn("{}: it is left out", e.getMessage());
                    }
                });
        return List.copyOf(ranked);
    }

    private static int ranking(Map.Entry<Map<String, Object>, DocumentImporter> service) {
        return service.getKey().get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    private static long serviceId(Map.Entry<Map<String, Object>, DocumentImporter> service) {
        return service.getKey().get(Constants.SERVICE_ID) instanceof Long id ? id : Long.MAX_VALUE;
    }
}
