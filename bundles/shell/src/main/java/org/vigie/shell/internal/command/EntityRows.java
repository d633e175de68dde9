package org.vigie.shell.internal.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.corpus.api.DocumentSummary;
import org.vigie.entities.api.CoOccurrence;
import org.vigie.entities.api.CurationReport;
import org.vigie.entities.api.DocumentEntities;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.NameKey;
import org.vigie.entities.api.NameLink;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.ExtractionException;
import org.vigie.entities.api.Features;
import org.vigie.entities.api.Mention;
import org.vigie.shell.internal.format.Human;
import org.vigie.shell.internal.format.Table;
import org.vigie.shell.internal.format.TerminalText;

/** How the {@code entities:} commands show entities and mentions: JSON shapes, shown names, mentions in context. */
final class EntityRows {
    private static final int CONTEXT = 50;

    private EntityRows() {
    }

    /** The name, with the affiliation that tells it apart when other people share the name. */
    static String shown(Entity e) {
        return e.key().contains("#") && !e.affiliations().isEmpty() ? e.name() + " (" + e.affiliations().get(0) + ")"
                : e.name();
    }

    /** The lines of {@code entities:show} naming the others of {@code entity}'s group: same name, told apart by affiliation. */
    static List<String> alsoNamedSo(Entity entity, List<Entity> sameType) {
        String group = entity.key().substring(0, entity.key().lastIndexOf('#') + 1);
        return sameType.stream().filter(e -> e.key().startsWith(group) && !e.key().equals(entity.key()))
                .map(e -> "  also named so: " + TerminalText.line(shown(e)) + ", see entities:show " + TerminalText.line(e.key()))
                .toList();
    }

    static Map<String, Object> of(Entity e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", e.key());
        row.put("name", e.name());
        row.put("type", e.type().name());
        row.put("mentions", e.mentions());
        row.put("documents", e.documents());
        row.put("aliases", e.aliases());
        row.put("roles", e.roles());
        row.put("affiliations", e.affiliations());
        return row;
    }

    /** One export line: {@code document}, {@code id}, {@code title}, {@code entities}, {@code dates}. */
    static Map<String, Object> exported(DocumentSummary document, Optional<DocumentEntities> found) {
        Map<String, Object> row = new LinkedHashMap<>();
        String fileName = document.metadata().fileName();
        row.put("document", fileName == null ? document.id() : fileName);
        row.put("id", document.id());
        row.put("title", document.metadata().title());
        List<Map<String, Object>> entities = new ArrayList<>();
        List<Map<String, Object>> dates = new ArrayList<>();
        found.ifPresent(d -> {
            d.entities().forEach(e -> entities.add(exported(e)));
            d.dates().forEach(m -> dates.add(date(m)));
        });
        row.put("entities", entities);
        row.put("dates", dates);
        return row;
    }

    private static Map<String, Object> exported(Entity e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", e.type().name());
        row.put("name", e.name());
        row.put("aliases", e.aliases());
        row.put("mentions", e.mentions());
        row.put("roles", e.roles());
        row.put("affiliation", e.affiliations().isEmpty() ? null : e.affiliations().get(0));
        return row;
    }

    private static Map<String, Object> date(Mention m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("text", m.text());
        row.put("iso", m.value() != null ? m.value() : m.features().get(Features.ISO_DATE));
        return row;
    }

    /** The mention between brackets with up to {@code CONTEXT} characters of its sentence on each side. */
    private static String inContext(Mention m) {
        String sentence = m.sentenceText();
        int begin = m.span().begin() - m.sentence().begin();
        int end = m.span().end() - m.sentence().begin();
        if (sentence == null || begin < 0 || end > sentence.length()) {
            return "[" + m.text() + "]";
        }
        int from = Math.max(0, begin - CONTEXT);
        int to = Math.min(sentence.length(), end + CONTEXT);
        return (from > 0 ? "…" : "") + sentence.substring(from, begin) + "[" + sentence.substring(begin, end) + "]"
                + sentence.substring(end, to) + (to < sentence.length() ? "…" : "");
    }

    /** The header of {@code entities:show}: name, counts, key, aliases, roles, affiliations; each value on its line. */
    static String facts(Entity e) {
        return String.format("%s  (%s, %s in %s)%n  key           %s%n  aliases       %s%n  roles         %s%n"
                + "  affiliations  %s%n", TerminalText.line(e.name()), TerminalText.line(e.type()),
                Human.count(e.mentions(), "mention", "mentions"), Human.count(e.documents(), "document", "documents"),
                TerminalText.line(e.key()), TerminalText.line(String.join("; ", e.aliases())),
                TerminalText.line(String.join("; ", e.roles())), TerminalText.line(String.join("; ", e.affiliations())));
    }

    /**
     * A line of {@code entities:show} saying why two names were merged:
     * {@code merged with "Convention de Budapest": doc 4, « Connue sous le nom de ... »}.
     */
    static String merged(Entity entity, NameLink link) {
        String own = NameKey.fold(entity.name());
        String merged = NameKey.fold(link.name()).equals(own) ? quoted(link.alias())
                : NameKey.fold(link.alias()).equals(own) ? quoted(link.name())
                : quoted(link.alias()) + " (declared for " + quoted(link.name()) + ")";
        return "  merged with " + merged + ": doc " + TerminalText.line(link.documentId()) + ", « "
                + TerminalText.line(link.sentence().strip()) + " »";
    }

    private static String quoted(String name) {
        return "\"" + TerminalText.line(name) + "\"";
    }

    static Table coOccurring(List<CoOccurrence> pairs) {
        Table table = new Table("CO-OCCURRING", "TYPE", "SENTENCES").maxWidth(0, 60);
        pairs.forEach(c -> table.row(shown(c.second()), c.second().type(), c.sentences()));
        return table;
    }

    static Table inContext(List<Mention> mentions) {
        Table table = new Table("DOCUMENT", "AT", "IN CONTEXT").maxWidth(2, 2 * CONTEXT + 60);
        for (Mention m : mentions) {
            String document = m.documentId().length() > 12 ? m.documentId().substring(0, 12) : m.documentId();
            table.row(document, m.span().begin(), inContext(m));
        }
        return table;
    }

    /** Adds one exported document to {@code counts}: documents, never extracted, entities, dates. */
    static void count(Optional<DocumentEntities> found, long[] counts) {
        counts[0]++;
        counts[1] += found.isEmpty() ? 1 : 0;
        counts[2] += found.map(e -> e.entities().size()).orElse(0);
        counts[3] += found.map(e -> e.dates().size()).orElse(0);
    }

    static String counted(long[] counts) {
        return Human.count(counts[0], "document", "documents") + " (" + counts[1] + " never extracted), "
                + Human.count(counts[2], "entity", "entities") + ", " + Human.count(counts[3], "date", "dates");
    }

    /** One line when some of the analyst's decisions name entities extraction no longer makes. */
    static Optional<String> staleWarning(CurationReport report) {
        int stale = report.stale().size();
        return stale == 0 ? Optional.empty() : Optional.of("warning: " + Human.count(stale, "decision of the analyst names",
                "decisions of the analyst name") + " entities no longer extracted: see entities:history");
    }

    static EntityType typeOf(String type) {
        try {
            return EntityType.of(type);
        } catch (IllegalArgumentException e) {
            throw new ExtractionException("'" + type + "' is not an entity type: use a name like PERSON or LOCATION");
        }
    }
}
