package org.vigie.report.api;

import java.util.Locale;

/** The output formats of a briefing. PDF is the product; HTML and Markdown are for quick reading. */
public enum BriefingFormat {
    PDF("pdf"), HTML("html"), MARKDOWN("md");

    private final String extension;

    BriefingFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format of a name ({@code pdf}, {@code html}, {@code markdown} or {@code md}).
     *
     * @throws ReportException for any other name
     */
    public static BriefingFormat of(String name) {
        String n = name == null ? "pdf" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "", "pdf" -> PDF;
            case "html", "htm" -> HTML;
            case "markdown", "md" -> MARKDOWN;
            default -> throw new ReportException("unknown briefing format '" + name + "': use pdf, html or markdown");
        };
    }
}
