package org.vigie.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.CollectionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vigie.entities.api.EntityIndex;
import org.vigie.export.api.Export;
import org.vigie.export.api.ExportException;
import org.vigie.export.api.ExportProgress;
import org.vigie.export.api.ExportRequest;
import org.vigie.export.api.ExportResult;
import org.vigie.export.api.ExportService;
import org.vigie.export.api.Exporter;
import org.vigie.export.api.ExporterInfo;
import org.vigie.report.api.DocumentSelection;
import org.vigie.report.api.ReportException;
import org.vigie.report.api.Selection;

/**
 * The export service: selects the documents as briefings do, then hands them to the format's
 * exporter, following its progress through the index and stream it gives it ({@link ExportTracking}).
 */
@Component(service = ExportService.class)
public class WhiteboardExportService implements ExportService {

    @Reference
    DocumentSelection selection;

    @Reference
    EntityIndex index;

    /** The exporter services with their properties, lowest ranking first. */
    @Reference(service = Exporter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            collectionType = CollectionType.TUPLE)
    volatile List<Map.Entry<Map<String, Object>, Exporter>> exporters = new ArrayList<>();

    private final ExporterWhiteboard whiteboard = new ExporterWhiteboard();

    @Override
    public List<ExporterInfo> formats() {
        return current().stream().map(ExporterWhiteboard.Registered::info).toList();
    }

    @Override
    public ExportResult write(ExportRequest request, ExportProgress progress) {
        long start = System.nanoTime();
        ExporterWhiteboard.Registered chosen = choose(request.format());
        Selection selected;
        try {
            selected = selection.select(request.criteria());
        } catch (ReportException e) {
            throw new ExportException(e.getMessage(), e);
        }
        if (selected.size() == 0) {
            // an empty document list means "the whole corpus" to the entity index: never ask it
            throw new ExportException("no document matches " + selected.scope() + ": there is nothing to export");
        }
        ExportTracking tracking = new ExportTracking(selected, progress);
        Export export = new Export(selected, tracking.index(index), request.options());
        long bytes = AtomicFile.write(request.out(), out -> chosen.exporter().write(export, tracking.stream(out)));
        tracking.done(bytes);
        return new ExportResult(request.out(), chosen.info().id(), bytes, selected.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private ExporterWhiteboard.Registered choose(String format) {
        List<ExporterWhiteboard.Registered> all = current();
        return all.stream().filter(r -> r.info().id().equalsIgnoreCase(format)).findFirst()
                .orElseThrow(() -> new ExportException("unknown format '" + format + "': "
                        + (all.isEmpty() ? "no exporter is installed"
                                : "export:formats lists " + all.stream().map(r -> r.info().id())
                                        .collect(Collectors.joining(", ")))));
    }

    private List<ExporterWhiteboard.Registered> current() {
        return whiteboard.current(List.copyOf(exporters));
    }
}
