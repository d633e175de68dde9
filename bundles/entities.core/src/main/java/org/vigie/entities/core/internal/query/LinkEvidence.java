package org.vigie.entities.core.internal.query;

import static org.vigie.entities.core.internal.layout.IndexFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.Mention;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.api.NameLink;
import org.vigie.entities.core.internal.layout.IndexFields.EntityData;
import org.vigie.entities.core.internal.layout.IndexFields.MarkData;
import org.vigie.entities.core.internal.layout.IndexFields.SentenceData;
import org.vigie.entities.core.internal.resolution.NameOrder;

/** Why an entity's names were merged: the sentences declaring them one thing, read from the stored mentions. */
final class LinkEvidence {

    private final MentionQueries mentions;

    LinkEvidence(MentionQueries mentions) {
        this.mentions = mentions;
    }

    /**
     * The evidence of the merges that made an entity: each mention of one of its names that
     * declares another of them, with its sentence, in document order.
     */
    List<NameLink> of(String entityKey) {
        List<String> groups = mentions.reading().resolution().groupsOf(entityKey);
        if (groups.size() < 2) {
            return List.of();
        }
        BooleanQuery.Builder declaring = new BooleanQuery.Builder()
                .add(IndexQueries.anyOf(GROUP, groups), Occur.FILTER).add(IndexQueries.anyOf(DECLARED, groups), Occur.FILTER);
        List<NameLink> links = new ArrayList<>();
        for (ScoreDoc hit : mentions.reading().search().top(IndexQueries.kinded(declaring, ENTITY, List.of()), 0, MentionQueries.BY_DOCUMENT)) {
            org.apache.lucene.document.Document doc = mentions.reading().search().load(hit.doc);
            Map<Integer, SentenceData> sentences = MentionQueries.sentences(mentions.result(doc.get(DOC)).orElse(null));
            for (MarkData m : mentions.reading().stored().data(doc, EntityData.class).mentions()) {
                String declared = m.features() == null ? null : m.features().get(Features.DECLARED);
                for (String name : declared == null ? List.<String>of() : declared.lines().map(String::strip).toList()) {
                    if (groups.contains(m.type() + ":" + NameKey.fold(name))) {
                        Mention said = mentions.mention(doc.get(DOC), entityKey, m, sentences);
                        // the declaring mention m is the alias the text gives for name
                        links.add(new NameLink(name, m.text(), said.documentId(), said.sentenceText()));
                    }
                }
            }
        }
        links.addAll(reordered(entityKey, groups, links));
        return links;
    }

    /**
     * For each name of the entity that is another's words reordered and that no declaration
     * explains, its first mention with its sentence (where the shared role or affiliation is read).
     */
    private List<NameLink> reordered(String entityKey, List<String> groups, List<NameLink> declared) {
        List<NameLink> links = new ArrayList<>();
        for (String group : groups.subList(1, groups.size())) {
            String words = NameOrder.wordsKey(group);
            String other = groups.stream().filter(g -> !g.equals(group) && NameOrder.wordsKey(g).equals(words))
                    .findFirst().orElse(null);
            boolean explained = declared.stream().anyMatch(l -> group.endsWith(":" + NameKey.fold(l.name()))
                    || group.endsWith(":" + NameKey.fold(l.alias())));
            if (other != null && !explained) {
                Mention own = first(entityKey, group);
                Mention theirs = first(entityKey, other);
                if (own != null && theirs != null) {
                    links.add(new NameLink(own.text(), theirs.text(), own.documentId(), own.sentenceText()));
                }
            }
        }
        return links;
    }

    /** The first mention of a group, in document order, or null. */
    private Mention first(String entityKey, String group) {
        BooleanQuery.Builder named = new BooleanQuery.Builder().add(IndexQueries.anyOf(GROUP, List.of(group)), Occur.FILTER);
        for (ScoreDoc hit : mentions.reading().search().top(IndexQueries.kinded(named, ENTITY, List.of()), 1, MentionQueries.BY_DOCUMENT)) {
            org.apache.lucene.document.Document doc = mentions.reading().search().load(hit.doc);
            Map<Integer, SentenceData> sentences = MentionQueries.sentences(mentions.result(doc.get(DOC)).orElse(null));
            List<MarkData> marks = mentions.reading().stored().data(doc, EntityData.class).mentions();
            return marks.isEmpty() ? null : mentions.mention(doc.get(DOC), entityKey, marks.get(0), sentences);
        }
        return null;
    }

}
