package org.vigie.entities.core.internal;

import static org.vigie.entities.core.internal.IndexFields.*;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.ExtractionResult;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.api.Span;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns one document's extraction result into its block of index documents (see {@link IndexFields}). */
final class ResultBlock {

    private final ObjectMapper json;
    private final SentenceSplitter splitter = new SentenceSplitter();

    ResultBlock(ObjectMapper json) {
        this.json = json;
    }

    List<org.apache.lucene.document.Document> of(Document document, ExtractionResult result) {
        String id = document.id();
        Span[] sentences = splitter.split(document.text());
        List<org.apache.lucene.document.Document> block = new ArrayList<>();
        org.apache.lucene.document.Document head = base(RESULT, id);
        head.add(new StoredField(DATA, write(new ResultData(result.runs(), result.annotations().size()))));
        block.add(head);
        for (EntityGroup group : EntityGroup.of(result.annotations())) {
            block.add(entity(id, group));
            for (Annotation a : group.mentions()) {
                org.apache.lucene.document.Document mention = mention(MENTION, id, a, document.text(), sentences);
                keyed(mention, group);
                block.add(mention);
            }
        }
        for (Annotation a : result.annotations()) {
            if (!a.type().isEntity()) {
                block.add(mention(MARK, id, a, document.text(), sentences));
            }
        }
        return block;
    }

    private org.apache.lucene.document.Document entity(String id, EntityGroup group) {
        org.apache.lucene.document.Document doc = base(ENTITY, id);
        keyed(doc, group);
        doc.add(new StringField(FOLD, group.group().substring(group.group().indexOf(':') + 1), Field.Store.NO));
        group.aliases().forEach(alias -> doc.add(new StringField(ALIAS, NameKey.fold(alias), Field.Store.NO)));
        doc.add(new NumericDocValuesField(MENTIONS, group.mentions().size()));
        doc.add(new StoredField(MENTIONS, group.mentions().size()));
        doc.add(new StoredField(DATA, write(new EntityData(group.name(), group.aliases(), group.roles(),
                group.affiliations()))));
        return doc;
    }

    private org.apache.lucene.document.Document mention(String kind, String id, Annotation a, String text,
            Span[] sentences) {
        org.apache.lucene.document.Document doc = base(kind, id);
        if (kind.equals(MARK)) {
            doc.add(new StringField(TYPE, a.type().name(), Field.Store.YES));
        }
        int n = SentenceSplitter.sentenceAt(sentences, a.span().begin());
        Span sentence = n < sentences.length ? window(sentences[n], a.span()) : a.span();
        doc.add(new NumericDocValuesField(BEGIN, a.span().begin()));
        doc.add(new NumericDocValuesField(SENTENCE, n));
        doc.add(new StoredField(DATA, write(new MentionData(a.span().begin(), a.span().end(), a.text(), a.value(),
                a.features(), sentence.begin(), sentence.end(), sentence.of(text)))));
        return doc;
    }

    private static void keyed(org.apache.lucene.document.Document doc, EntityGroup group) {
        doc.add(new StringField(GROUP, group.group(), Field.Store.YES));
        doc.add(new SortedDocValuesField(GROUP, new BytesRef(group.group())));
        doc.add(new StringField(TYPE, group.type().name(), Field.Store.NO));
        doc.add(new StringField(AFF, group.affiliationKey(), Field.Store.YES));
        doc.add(new SortedDocValuesField(AFF, new BytesRef(group.affiliationKey())));
    }

    private static org.apache.lucene.document.Document base(String kind, String id) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(KIND, kind, Field.Store.NO));
        doc.add(new StringField(DOC, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(DOC, new BytesRef(id)));
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

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write index data: " + e.getOriginalMessage(), e);
        }
    }
}
