package org.vigie.corpus.importers.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Constants;
import org.vigie.corpus.api.DocumentImporter;

/** The importers of one import, highest {@code service.ranking} first, then oldest service first. */
final class Importers {

    private Importers() {
    }

    static List<DocumentImporter> ranked(List<Map.Entry<Map<String, Object>, DocumentImporter>> services) {
        if (services == null) {
            return List.of();
        }
        return List.copyOf(services).stream()
                .sorted(Comparator.comparingInt((Map.Entry<Map<String, Object>, DocumentImporter> e) -> ranking(e))
                        .reversed().thenComparingLong(Importers::serviceId))
                .map(Map.Entry::getValue).toList();
    }

    private static int ranking(Map.Entry<Map<String, Object>, DocumentImporter> service) {
        return service.getKey().get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    private static long serviceId(Map.Entry<Map<String, Object>, DocumentImporter> service) {
        return service.getKey().get(Constants.SERVICE_ID) instanceof Long id ? id : Long.MAX_VALUE;
    }
}
