package org.vigie.corpus.opensearch.internal;

import java.util.List;

import org.osgi.service.component.ComponentServiceObjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusListener;

/** Tells the corpus listeners of removals; one that throws is logged and the others are still told. */
final class Listeners {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private Listeners() {
    }

    static void tellRemoved(List<ComponentServiceObjects<CorpusListener>> listeners, List<String> removed) {
        for (ComponentServiceObjects<CorpusListener> service : listeners == null
                ? List.<ComponentServiceObjects<CorpusListener>>of() : listeners) {
            CorpusListener listener = null;
            try {
                listener = service.getService();
                if (listener != null) {
                    listener.documentsRemoved(removed);
                }
            } catch (RuntimeException e) {
                LOG.warn("corpus listener {} failed on {} removed documents: {}", service.getServiceReference(),
                        removed.size(), e.toString(), e);
            } finally {
                if (listener != null) {
                    service.ungetService(listener);
                }
            }
        }
    }
}
