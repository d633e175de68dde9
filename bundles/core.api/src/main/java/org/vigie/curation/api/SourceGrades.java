package org.vigie.curation.api;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The grades in force in the curation log ({@link Decision#SOURCE_GRADE},
 * {@link Decision#DOCUMENT_GRADE}): the reliability of an outlet on the Admiralty (NATO) scale, A
 * (completely reliable) to F (cannot be judged), and the credibility of one document, 1
 * (confirmed by other sources) to 6 (cannot be judged). The newest decision wins.
 */
@ProviderType
public interface SourceGrades {

    /** The reliability grade, {@code A} to {@code F}, the analyst gave this source, matched case-insensitively. */
    Optional<String> reliability(String source);

    /** The credibility, 1 to 6, the analyst gave this document. */
    OptionalInt credibility(String documentId);

    /** Every graded source and its grade, by source name. */
    Map<String, String> sources();
}
