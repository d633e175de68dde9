package org.vigie.entities.core.internal.layout;

import java.util.List;
import java.util.Map;

import org.vigie.entities.api.ExtractorRun;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The entity index's schema. One block of Lucene documents per corpus document, replaced as a
 * whole when the document is extracted again:
 * <ul>
 * <li>one {@code result} document: the extractor runs (ids, versions, errors), the DATE and
 * QUANTITY marks, and the span of every sentence that holds a mention (its text is cut from the
 * document in the corpus store when a mention is shown: the index does not keep a second copy of
 * the corpus; results stored before kept the text, and it is still read);</li>
 * <li>one {@code entity} document per thing the document names (type and folded value): its
 * name, aliases, roles, affiliations and its mentions (span, text, sentence number), and the
 * groups its mentions declare to be the same thing ({@code declared}: terms and doc values).</li>
 * </ul>
 * Counting, grouping, naming and co-occurrence read doc values only: {@code doc}, {@code group},
 * {@code aff}, {@code name} (the document's spelling), {@code mentions} and {@code sentences} (the sorted sentence numbers of an entity's
 * mentions, packed); the JSON in {@code data} is read only for the rows shown.
 */
public final class IndexFields {

    public static final String KIND = "kind";
    public static final String RESULT = "result";
    public static final String ENTITY = "entity";

    public static final String DOC = "doc";
    public static final String GROUP = "group";
    public static final String TYPE = "type";
    public static final String ALIAS = "alias";
    public static final String AFF = "aff";
    public static final String NAME = "name";
    public static final String MENTIONS = "mentions";
    public static final String SENTENCES = "sentences";
    public static final String DATA = "data";
    /** On an {@code entity} document: the groups its mentions declare to be the same thing ({@code Features.DECLARED}). */
    public static final String DECLARED = "declared";

    /** Longest sentence text kept with a mention; longer ones keep a window around it. */
    public static final int SENTENCE_WINDOW = 600;

    private IndexFields() {
    }

    /** The stored part of a {@code result} document. */
    public record ResultData(List<ExtractorRun> runs, int annotations, List<MarkData> marks, List<SentenceData> sentences) {
    }

    /** The stored part of an {@code entity} document ({@code group} and {@code affiliation} as indexed). */
    public record EntityData(String group, String affiliation, String name, List<String> aliases, List<String> roles, List<String> affiliations,
            List<MarkData> mentions) {
    }

    /** One mention or DATE/QUANTITY mark: span, text, value, features, sentence number (stored as an array). */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"type", "begin", "end", "text", "value", "features", "sentence"})
    public record MarkData(String type, int begin, int end, String text, String value, Map<String, String> features,
            int sentence) {
    }

    /** A sentence holding a mention (a window of it when very long); {@code text} only in older results. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SentenceData(int number, int begin, int end, String text) {
    }
}
