package org.vigie.shell.internal.command;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.export.api.ExportException;
import org.vigie.export.api.ExportRequest;
import org.vigie.export.api.ExportService;
import org.vigie.export.api.ExporterInfo;
import org.vigie.report.api.SelectionCriteria;
import org.vigie.shell.internal.format.JsonLines;
import org.vigie.shell.internal.format.Table;

/** {@code export:} commands: write a selection of the corpus in a format other tools open, list the formats. */
@Component(service = ExportCommands.class)
@GogoCommand(scope = "export", function = {"write", "formats"})
public class ExportCommands {
    private static final String NONE = "";

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    volatile ExportService exports;

    @Descriptor("Writes the corpus, or a selection of it (the options of report:brief), in an export format "
            + "(export:formats lists them). Example: export:write --format csv --out corpus.zip --query Interpol; "
            + "export:write --format gexf --with-documents --out graph.gexf")
    public void write(CommandSession session,
            @Descriptor("format id (export:formats lists them)") @Parameter(names = "--format", absentValue = NONE) String format,
            @Descriptor("file to write (default export.<extension> in the current directory)") @Parameter(names = "--out", absentValue = NONE) String out,
            @Descriptor("full-text query selecting the documents (corpus:search syntax)") @Parameter(names = "--query", absentValue = NONE) String query,
            @Descriptor("first publication date included: YYYY-MM-DD, YYYY-MM or YYYY") @Parameter(names = "--from", absentValue = NONE) String from,
            @Descriptor("last publication date included: YYYY-MM-DD, YYYY-MM or YYYY") @Parameter(names = "--to", absentValue = NONE) String to,
            @Descriptor("only documents mentioning this entity (name or alias, accents optional)") @Parameter(names = "--entity", absentValue = NONE) String entity,
            @Descriptor("handling marking for formats that carry one, e.g. TLP:CLEAR") @Parameter(names = "--marking", absentValue = NONE) String marking,
            @Descriptor("graph formats: document nodes too, linked to the entities they name") @Parameter(names = "--with-documents", presentValue = "true", absentValue = "false") boolean withDocuments) {
        ExportService service = service();
        if (format.isBlank()) {
            throw new ExportException("export:write needs --format: one of " + ids(service.formats()));
        }
        String extension = service.formats().stream().filter(f -> f.id().equalsIgnoreCase(format.strip()))
                .map(ExporterInfo::extension).findFirst().orElse("out");
        Map<String, String> options = new LinkedHashMap<>();
        if (!marking.isBlank()) {
            options.put("marking", marking.strip());
        }
        if (withDocuments) {
            options.put("with-documents", "true");
        }
        SelectionCriteria criteria = new SelectionCriteria(query, ReportCommands.day(from, "--from", false),
                ReportCommands.day(to, "--to", true), entity);
        ExportRun.run(service, new ExportRequest(ReportCommands.file(session, out, "export." + extension), format,
                criteria, options), session);
    }

    @Descriptor("Lists the export formats available now, plugins' included. Example: export:formats")
    public void formats(@Descriptor("JSON Lines output") @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        List<ExporterInfo> formats = service().formats();
        if (json) {
            JsonLines lines = new JsonLines(System.out);
            for (ExporterInfo f : formats) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", f.id());
                line.put("extension", f.extension());
                line.put("mediaType", f.mediaType());
                line.put("description", f.description());
                line.put("bundle", f.bundle());
                lines.write(line);
            }
            return;
        }
        Table table = new Table("ID", "EXTENSION", "MEDIA TYPE", "DESCRIPTION", "BUNDLE").maxWidth(3, 60);
        formats.forEach(f -> table.row(f.id(), f.extension(), f.mediaType(), f.description(), f.bundle()));
        table.print(System.out);
    }

    private ExportService service() {
        ExportService service = exports;
        if (service == null) {
            throw new ExportException("cannot export: no export service is running (is org.vigie.export started?)");
        }
        return service;
    }

    private static String ids(List<ExporterInfo> formats) {
        return formats.isEmpty() ? "(none installed)" : String.join(", ", formats.stream().map(ExporterInfo::id).toList());
    }
}
