package org.vigie.web.internal.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.CollectionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.web.api.ViewInfo;
import org.vigie.web.api.WorkbenchView;

/**
 * The views registered now, read from their service properties only (no view is ever got): the
 * navigation asks at each page load, so a plugin's view shows as soon as it is registered and
 * is gone once it is not.
 */
@Component(service = ViewRegistry.class)
public class ViewRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ViewRegistry.class);

    @Reference(service = WorkbenchView.class, collectionType = CollectionType.PROPERTIES,
            cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<Map<String, Object>> views;

    /** The views by menu order then title; one with bad properties is logged with its id and left out. */
    public List<ViewInfo> views() {
        List<ViewInfo> found = new ArrayList<>();
        for (Map<String, Object> properties : List.copyOf(views)) {
            try {
                found.add(ViewInfo.of(properties));
            } catch (IllegalArgumentException e) {
                LOG.warn("workbench view of service {} left out: {}", properties.get("service.id"), e.getMessage());
            }
        }
        found.sort(Comparator.comparingInt(ViewInfo::order).thenComparing(ViewInfo::title));
        return found;
    }
}
