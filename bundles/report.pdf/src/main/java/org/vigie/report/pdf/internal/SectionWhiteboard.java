package org.vigie.report.pdf.internal;

import java.util.ArrayList;
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
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.ReportException;
import org.vigie.report.api.SectionInfo;

/**
 * The briefing sections registered now, as the service writes them: described by their service
 * properties ({@link SectionInfo#of}), one per id (the highest ranked), in briefing order. A
 * section whose properties say too little is named once in the log and left out.
 */
final class SectionWhiteboard {

    private static final Logger LOG = LoggerFactory.getLogger(SectionWhiteboard.class);

    /** A section with what its properties say about it. */
    record Registered(SectionInfo info, BriefingSection section) {
    }

    /** The services already said to be left out, so that each is named once. */
    private final Set<Object> reported = ConcurrentHashMap.newKeySet();

    /**
     * One section per id, the highest ranked, in briefing order.
     *
     * @param bound the section services with their properties, lowest ranking first (as DS lists them)
     */
    List<Registered> current(List<Map.Entry<Map<String, Object>, BriefingSection>> bound) {
        Map<String, Registered> byId = new LinkedHashMap<>();
        for (Map.Entry<Map<String, Object>, BriefingSection> s : bound) {
            describe(s.getKey(), s.getValue()).ifPresent(r -> byId.put(r.info().id(), r));
        }
        return byId.values().stream().sorted(Comparator.comparingInt((Registered r) -> r.info().order())
                .thenComparing(r -> r.info().id())).toList();
    }

    /** The sections of {@code ids} (all when empty), in briefing order. */
    static List<Registered> choose(List<Registered> all, List<String> ids) {
        if (ids.isEmpty()) {
            return all;
        }
        List<String> known = all.stream().map(r -> r.info().id()).toList();
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new ReportException("unknown section " + String.join(", ", unknown) + ": report:sections lists "
                    + String.join(", ", known));
        }
        return new ArrayList<>(all.stream().filter(r -> ids.contains(r.info().id())).toList());
    }

    private Optional<Registered> describe(Map<String, Object> properties, BriefingSection section) {
        try {
            return Optional.of(new Registered(SectionInfo.of(properties).with(bundle(section)), section));
        } catch (IllegalArgumentException e) {
            Object service = properties.getOrDefault(Constants.SERVICE_ID, section.getClass().getName());
            if (reported.add(service)) {
                LOG.error("Briefing section service {} ({} of {}) is left out: {}", service,
                        section.getClass().getName(), bundle(section), e.getMessage());
            }
            return Optional.empty();
        }
    }

    private static String bundle(BriefingSection section) {
        Bundle b = FrameworkUtil.getBundle(section.getClass());
        return b == null ? "" : b.getSymbolicName();
    }
}
