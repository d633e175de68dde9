package org.vigie.shell.internal.command;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.report.api.BriefingFormat;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingResult;
import org.vigie.report.api.BriefingService;
import org.vigie.report.api.ReportException;
import org.vigie.report.api.SectionInfo;
import org.vigie.report.api.SelectionCriteria;
import org.vigie.shell.internal.format.Human;
import org.vigie.shell.internal.format.JsonLines;
import org.vigie.shell.internal.format.Table;
import org.vigie.shell.internal.format.TerminalText;

/** {@code report:} commands: write a sourced briefing from the corpus, list its sections. */
@Component(service = ReportCommands.class)
@GogoCommand(scope = "report", function = {"brief", "sections"})
public class ReportCommands {
    private static final String NONE = "";

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    volatile BriefingService briefings;

    @Descriptor("Writes a briefing (PDF, or HTML / Markdown) of the corpus or of a selection: a search query, "
            + "a publication date range, the documents mentioning an entity. Every statement cites its source. "
            + "Example: report:brief --out briefing.pdf --query Interpol --from 2025-01 --marking TLP:CLEAR")
    public void brief(CommandSession session,
            @Descriptor("file to write (default briefing.pdf in the current directory)") @Parameter(names = "--out", absentValue = NONE) String out,
            @Descriptor("title of the briefing") @Parameter(names = "--title", absentValue = NONE) String title,
            @Descriptor("full-text query selecting the documents (corpus:search syntax)") @Parameter(names = "--query", absentValue = NONE) String query,
            @Descriptor("first publication date included: YYYY-MM-DD, YYYY-MM or YYYY") @Parameter(names = "--from", absentValue = NONE) String from,
            @Descriptor("last publication date included: YYYY-MM-DD, YYYY-MM or YYYY") @Parameter(names = "--to", absentValue = NONE) String to,
            @Descriptor("only documents mentioning this entity (name or alias, accents optional)") @Parameter(names = "--entity", absentValue = NONE) String entity,
            @Descriptor("section ids to write, comma-separated (report:sections lists them)") @Parameter(names = "--sections", absentValue = NONE) String sections,
            @Descriptor("handling marking shown on every page, e.g. TLP:CLEAR") @Parameter(names = "--marking", absentValue = NONE) String marking,
            @Descriptor("pdf (default), html or markdown") @Parameter(names = "--format", absentValue = "pdf") String format,
            @Descriptor("date of the briefing, YYYY-MM-DD, for reproducible output (default today)") @Parameter(names = "--date", absentValue = NONE) String date) {
        BriefingFormat f = BriefingFormat.of(format);
        BriefingRequest request = new BriefingRequest(file(session, out, "briefing." + f.extension()), title, query, day(from, "--from", false),
                day(to, "--to", true), entity, ids(sections), marking, day(date, "--date", false), f);
        BriefingResult result = service().brief(request);
        result.problems().forEach(p -> System.err.println("warning: " + TerminalText.line(p)));
        System.out.println("wrote " + TerminalText.line(result.path()) + ": " + Human.count(result.pages(), "page", "pages") + ", "
                + Human.bytes(result.bytes()) + ", " + Human.count(result.documents(), "document", "documents") + " in "
                + Human.duration(result.millis()));
    }

    @Descriptor("Lists the briefing sections available now, plugins' included, in briefing order. Example: report:sections")
    public void sections(@Descriptor("JSON Lines output") @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        List<SectionInfo> sections = service().sections();
        if (json) {
            JsonLines lines = new JsonLines(System.out);
            for (SectionInfo s : sections) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", s.id());
                line.put("title", s.title());
                line.put("order", s.order());
                line.put("bundle", s.bundle());
                lines.write(line);
            }
            return;
        }
        Table table = new Table("ID", "ORDER", "TITLE", "BUNDLE").maxWidth(2, 40);
        sections.forEach(s -> table.row(s.id(), s.order(), s.title(), s.bundle()));
        table.print(System.out);
    }

    private BriefingService service() {
        BriefingService service = briefings;
        if (service == null) {
            throw new ReportException("cannot write briefings: no briefing service is running (is org.vigie.report.pdf started?)");
        }
        return service;
    }

    /** The file {@code out} names, relative to the session's directory; {@code fallback} when blank. */
    static Path file(CommandSession session, String out, String fallback) {
        Path base = session == null || session.currentDir() == null ? Path.of("") : session.currentDir();
        String name = out.isBlank() ? fallback : out.strip();
        name = name.startsWith("~/") ? System.getProperty("user.home") + name.substring(1) : name;
        return base.resolve(name).toAbsolutePath().normalize();
    }

    /** A day of a selection option (see {@link SelectionCriteria#day}). */
    static LocalDate day(String value, String option, boolean end) {
        return SelectionCriteria.day(value, option, end);
    }

    private static List<String> ids(String sections) {
        return Arrays.stream(sections.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
