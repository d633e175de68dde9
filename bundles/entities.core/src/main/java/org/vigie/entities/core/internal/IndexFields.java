package org.vigie.entities.core.internal;

import java.util.List;
import java.util.Map;

import org.vigie.entities.api.ExtractorRun;

/**
 * The entity index's schema. One block of Lucene documents per corpus document, replaced as a
 * whole when the document is extracted again:
 * <ul>
 * <li>one {@code result} document: the extractor runs (ids, versions, errors);</li>
 * <li>one {@code entity} document per thing the document names (type and folded value): its
 * name, aliases, roles, affiliations and mention count;</li>
 * <li>one {@code mention} document per entity mention, with its sentence number and text;</li>
 * <li>one {@code mark} document per DATE or QUANTITY.</li>
 * </ul>
 * Counting, grouping and co-occurrence read doc values ({@code doc}, {@code group}, {@code aff},
 * {@code mentions}, {@code sentence}); the JSON in {@code data} is read only for the rows shown.
 */
final class IndexFields {

    static final String KIND = "kind";
    static final String RESULT = "result";
    static final String ENTITY = "entity";
    static final String MENTION = "mention";
    static final String MARK = "mark";

    static final String DOC = "doc";
    static final String GROUP = "group";
    static final String TYPE = "type";
    static final String FOLD = "fold";
    static final String ALIAS = "alias";
    static final String AFF = "aff";
    static final String MENTIONS = "mentions";
    static final String BEGIN = "begin";
    static final String SENTENCE = "sentence";
    static final String DATA = "data";

    /** Longest sentence text kept with a mention; longer ones keep a window around it. */
    static final int SENTENCE_WINDOW = 600;

    private IndexFields() {
    }

    /** The stored part of a {@code result} document. */
    record ResultData(List<ExtractorRun> runs, int annotations) {
    }

    /** The stored part of an {@code entity} document. */
    record EntityData(String name, List<String> aliases, List<String> roles, List<String> affiliations) {
    }

    /** The stored part of a {@code mention} or {@code mark} document. */
    record MentionData(int begin, int end, String text, String value, Map<String, String> features,
            int sentenceBegin, int sentenceEnd, String sentence) {
    }
}
