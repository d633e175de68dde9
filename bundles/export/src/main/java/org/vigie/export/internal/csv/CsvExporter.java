package org.vigie.export.internal.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.osgi.service.component.annotations.Component;
import org.vigie.export.api.Export;
import org.vigie.export.api.Exporter;
import org.vigie.export.api.propertytypes.ExporterService;

/**
 * The CSV export: one ZIP archive holding {@code documents.csv}, {@code entities.csv} and
 * {@code mentions.csv} (RFC 4180, UTF-8, one header row, formula-injection safe). One archive,
 * because {@code export:write} writes one file; any spreadsheet opens the tables once unzipped.
 */
@Component(service = Exporter.class)
@ExporterService(id = "csv", mediaType = "application/zip", extension = "zip",
        description = "documents.csv, entities.csv, mentions.csv in a ZIP (any spreadsheet)")
public class CsvExporter implements Exporter {

    @Override
    public void write(Export export, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        CsvTables tables = new CsvTables(export);
        table(zip, "documents.csv", tables::documents);
        table(zip, "entities.csv", tables::entities);
        table(zip, "mentions.csv", tables::mentions);
        zip.finish();
    }

    /** The names of the tables in the archive, in order. */
    static List<String> names() {
        return List.of("documents.csv", "entities.csv", "mentions.csv");
    }

    private static void table(ZipOutputStream zip, String name, Table table) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(writer);
        table.write(csv);
        csv.flush();
        zip.closeEntry();
    }

    /** Writes one table's rows. */
    @FunctionalInterface
    interface Table {
        void write(CsvWriter csv) throws IOException;
    }
}
