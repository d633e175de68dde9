package org.vigie.corpus.stores.internal;

import java.util.List;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.stores.StoreChoice;
import org.vigie.corpus.api.stores.StoreKind;

/**
 * What is checked before a store is switched to or copied to: a cluster's store bundle is
 * installed (a DS component takes the OpenSearch PID), and the cluster answers and is not red.
 */
final class TargetCheck {
    private final ServiceComponentRuntime scr;
    private final ClusterProbe probe;

    TargetCheck(ServiceComponentRuntime scr, ClusterProbe probe) {
        this.scr = scr;
        this.probe = probe;
    }

    void requireUsable(StoreChoice choice) {
        if (choice.kind() != StoreKind.OPENSEARCH) {
            return;
        }
        boolean installed = scr.getComponentDescriptionDTOs().stream()
                .anyMatch(d -> List.of(d.configurationPid).contains(StoreConfigurations.OPENSEARCH_PID));
        if (!installed) {
            throw new CorpusException("the OpenSearch store is not installed (bundle org.vigie.corpus.opensearch)");
        }
        ClusterProbe.Health health = probe.health(choice);
        if (health.red()) {
            throw new CorpusException("OpenSearch at " + choice.url() + " is " + health
                    + ": some data is unavailable; fix the cluster first");
        }
    }
}
