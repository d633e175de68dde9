package org.vigie.report.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Writes briefings with the sections registered now. */
@ProviderType
public interface BriefingService {

    /**
     * Selects the documents, writes every requested section and saves the file.
     *
     * @throws ReportException when the request cannot be met (unknown section or entity, nothing
     *     selected, file not writable)
     */
    BriefingResult brief(BriefingRequest request);

    /** The sections available now, in briefing order, plugins' included. */
    List<SectionInfo> sections();
}
