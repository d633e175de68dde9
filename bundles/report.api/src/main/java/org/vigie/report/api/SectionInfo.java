package org.vigie.report.api;

/**
 * A section as the briefing service offers it.
 *
 * @param id its id, as given to {@code --sections}
 * @param title its title
 * @param order its place in the briefing (lower first)
 * @param bundle the symbolic name of the bundle that provides it
 */
public record SectionInfo(String id, String title, int order, String bundle) {
}
