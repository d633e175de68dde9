package org.vigie.lucene.store;

import java.util.List;

import org.osgi.service.component.ComponentServiceObjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.CorpusListener;

/**
 * Tells the corpus listeners of a store of the documents it removed, after the removal is
 * durable. Each listener is got for the call only (a store's listeners may need the store
 * itself, so holding them would make a cycle); one that throws is logged with its service and
 * the others are still told.
 */
public final class CorpusListeners {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusListeners.class);

    private CorpusListeners() {
    }

    /** Tells each listener (null: none) that {@code removed} are gone. */
    public static void tellRemoved(List<ComponentServiceObjects<CorpusListener>> listeners, List<String> removed) {
        for (ComponentServiceObjects<CorpusListener> service : listeners == null
                ? List.<ComponentServiceObjects<CorpusListener>>of() : listeners) {
            tell(service, removed);
        }
    }

    private static void tell(ComponentServiceObjects<CorpusListener> service, List<String> removed) {
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
