package org.vigie.export.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.export.api.ExporterInfo;
import org.vigie.export.api.Exporter;

/**
 * The exporters registered now, described by their service properties ({@link ExporterInfo#of}),
 * one per format id (the highest ranked), by id. An exporter whose properties say too little is
 * named once in the log and left out.
 */
final class ExporterWhiteboard {

    private static final Logger LOG = LoggerFactory.getLogger(ExporterWhiteboard.class);

    /** An exporter with what its properties say about it. */
    record Registered(ExporterInfo info, Exporter exporter) {
    }

    private final Set<Object> reported = ConcurrentHashMap.newKeySet();

    /** @param bound the exporter services with their properties, lowest ranking first (as DS lists them) */
    List<Registered> current(List<Map.Entry<Map<String, Object>, Exporter>> bound) {
        Map<String, Registered> byId = new LinkedHashMap<>();
        for (Map.Entry<Map<String, Object>, Exporter> e : bound) {
            describe(e.getKey(), e.getValue()).ifPresent(r -> byId.put(r.info().id(), r));
        }
        return byId.values().stream().sorted(Comparator.comparing(r -> r.info().id())).toList();
    }

    private Optional<Registered> describe(Map<String, Object> properties, Exporter exporter) {
        try {
            return Optional.of(new Registered(ExporterInfo.of(properties).with(bundle(exporter)), exporter));
        } catch (IllegalArgumentException e) {
            Object service = properties.getOrDefault(Constants.SERVICE_ID, exporter.getClass().getName());
            if (reported.add(service)) {
                LOG.error("Exporter service {} ({} of {}) is left out: {}", service, exporter.getClass().getName(),
                        bundle(exporter), e.getMessage());
            }
            return Optional.empty();
        }
    }

    private static String bundle(Exporter exporter) {
        Bundle b = FrameworkUtil.getBundle(exporter.getClass());
        return b == null ? "" : b.getSymbolicName();
    }
}
