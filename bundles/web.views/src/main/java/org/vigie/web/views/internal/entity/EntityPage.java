package org.vigie.web.views.internal.entity;

import java.util.List;

/**
 * What the entity view shows of one entity, as JSON.
 *
 * @param key the entity's key, the id every action names it by
 * @param type its type
 * @param name its canonical name
 * @param aliases its other names
 * @param roles for a person, the titles seen
 * @param affiliations for a person, the organisations of those roles
 * @param mentionCount how many mentions in the corpus
 * @param documentCount in how many documents
 * @param mentions the first mentions, each in its sentence
 * @param coOccurring the entities most often in the same sentences
 * @param timeline the mentions per month of publication
 * @param dated the mentions whose sentence carries a date, by that date
 * @param history the curation decisions on this entity, oldest first
 */
public record EntityPage(String key, String type, String name, List<String> aliases, List<String> roles,
        List<String> affiliations, int mentionCount, int documentCount, List<InContext> mentions,
        List<Neighbour> coOccurring, List<Month> timeline, List<Dated> dated, List<HistoryRow> history) {

    /** A mention in its sentence: the name lies at [{@code begin}, {@code end}) of {@code sentence}. */
    public record InContext(String documentId, String title, String published, String sentence, int begin, int end) {
    }

    /** An entity sharing {@code sentences} sentences with this one. */
    public record Neighbour(String key, String type, String name, int sentences) {
    }

    /** How many mentions in the documents published in {@code month} (YYYY-MM, or "sans date"). */
    public record Month(String month, int mentions) {
    }

    /** A mention whose sentence says a date ({@code date}, ISO). */
    public record Dated(String date, String documentId, String sentence) {
    }

    /** One decision of the curation log: {@code status} is "en vigueur", "annulée" or "annulation". */
    public record HistoryRow(String id, String at, String by, String action, List<String> targets, String detail,
            String note, String status) {
    }
}
