package org.vigie.report.pdf.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

/** The last failure of each briefing section since it last worked, for {@code plugins:list}. */
@Component(service = SectionFailures.class)
public class SectionFailures {

    private final Map<String, String> failures = new ConcurrentHashMap<>();

    void failed(String sectionId, String reason) {
        failures.put(sectionId, reason);
    }

    void worked(String sectionId) {
        failures.remove(sectionId);
    }

    Optional<String> lastFailure(String sectionId) {
        return Optional.ofNullable(failures.get(sectionId));
    }
}
