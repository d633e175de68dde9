package org.vigie.entities.core.internal.index;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.api.Span;
import org.vigie.entities.core.internal.layout.EntityJson;
import org.vigie.entities.core.internal.layout.IndexFields;
import org.vigie.entities.core.internal.layout.SentenceNumbers;
import org.vigie.entities.core.internal.resolution.EntityGroup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** Turns one document's extraction result into its block of index documents (see {@link IndexFields}). */
final class ResultBlock {

    private static final BytesRef RESULT_KIND = new BytesRef(RESULT);
    private static final BytesRef ENTITY_KIND = new BytesRef(ENTITY);

    private final ObjectWriter results;
    private final EntityJson entities;
    private final SentenceSplitter splitter = new SentenceSplitter();

    ResultBlock(ObjectMapper json) {
        this.results = json.writerFor(ResultData.class);
        this.entities = new EntityJson(json.getFactory());
    }

    List<org.apache.lucene.document.Document> of(Document document, ExtractionResult result) {
        String id = document.id();
        BytesRef idBytes = new BytesRef(id); // Lucene copies what it keeps: one per block is enough
        Span[] sentences = splitter.split(document.text());
        Map<Integer, SentenceData> used = new TreeMap<>();
        List<org.apache.lucene.document.Document> block = new ArrayList<>();
        for (EntityGroup group : EntityGroup.of(result.annotations())) {
            List<MarkData> mentions = new ArrayList<>(group.mentions().size());
            group.mentions().forEach(a -> mentions.add(mark(a, sentences, used)));
            block.add(entity(id, idBytes, group, mentions));
        }
        List<MarkData> marks = new ArrayList<>();
        for (Annotation a : result.annotations()) {
            if (!a.type().isEntity()) {
                marks.add(mark(a, sentences, used));
            }
        }
        org.apache.lucene.document.Document head = base(RESULT_KIND, id, idBytes);
        head.add(new StoredField(DATA, write(results, new ResultData(result.runs(), result.annotations().size(), marks,
                List.copyOf(used.values())))));
        block.add(0, head);
        return block;
    }

    private org.apache.lucene.document.Document entity(String id, BytesRef idBytes, EntityGroup group,
            List<MarkData> mentions) {
        org.apache.lucene.document.Document doc = base(ENTITY_KIND, id, idBytes);
        doc.add(new StringField(GROUP, group.group(), Field.Store.NO));
        doc.add(new SortedDocValuesField(GROUP, new BytesRef(group.group())));
        doc.add(new StringField(TYPE, group.type().name(), Field.Store.NO));
        doc.add(new StringField(AFF, group.affiliationKey(), Field.Store.NO));
        doc.add(new SortedDocValuesField(AFF, new BytesRef(group.affiliationKey())));
        for (String alias : group.aliases()) {
            doc.add(new StringField(ALIAS, NameKey.fold(alias), Field.Store.NO));
        }
        for (String declared : group.declared()) {
            doc.add(new StringField(DECLARED, declared, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(DECLARED, new BytesRef(declared)));
        }
        doc.add(new SortedDocValuesField(NAME, new BytesRef(group.name())));
        doc.add(new NumericDocValuesField(MENTIONS, mentions.size()));
        doc.add(new BinaryDocValuesField(SENTENCES, SentenceNumbers.pack(mentions)));
        doc.add(new StoredField(DATA, entities.write(new EntityData(group.group(), group.affiliationKey(), group.name(),
                group.aliases(), group.roles(), group.affiliations(), mentions))));
        return doc;
    }

    private static MarkData mark(Annotation a, Span[] sentences, Map<Integer, SentenceData> used) {
        int n = sentences.length == 0 ? 0 : SentenceSplitter.sentenceAt(sentences, a.span().begin());
        Span sentence = n < sentences.length ? window(sentences[n], a.span()) : a.span();
        SentenceData known = used.get(n);
        if (known == null || known.end() - known.begin() < sentence.length()) { // the widest window of a sentence
            used.put(n, new SentenceData(n, sentence.begin(), sentence.end(), null));
        }
        return new MarkData(a.type().name(), a.span().begin(), a.span().end(), a.text(), a.value(), a.features(), n);
    }

    private static org.apache.lucene.document.Document base(BytesRef kind, String id, BytesRef idBytes) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(KIND, kind, Field.Store.NO));
        doc.add(new StringField(DOC, idBytes, Field.Store.NO));
        doc.add(new StoredField(DOC, id));
        doc.add(new SortedDocValuesField(DOC, idBytes));
        return doc;
    }

    /** The sentence, or a window of it around the mention when the sentence is very long. */
    private static Span window(Span sentence, Span mention) {
        if (!sentence.contains(mention)) {
            return new Span(Math.min(sentence.begin(), mention.begin()), Math.max(sentence.end(), mention.end()));
        }
        if (sentence.length() <= SENTENCE_WINDOW) {
            return sentence;
        }
        int begin = Math.max(sentence.begin(), mention.begin() - (SENTENCE_WINDOW - mention.length()) / 2);
        int end = Math.min(sentence.end(), Math.max(mention.end(), begin + SENTENCE_WINDOW));
        return new Span(begin, end);
    }

    /** The JSON of stored data, as UTF-8 bytes (Lucene stores them as they are; older results hold a string). */
    private static byte[] write(ObjectWriter writer, Object data) {
        try {
            return writer.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write index data: " + e.getOriginalMessage(), e);
        }
    }
}
