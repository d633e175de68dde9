package org.vigie.export.internal.ftm;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;
import org.vigie.export.api.Export;
import org.vigie.export.api.Exporter;
import org.vigie.export.api.propertytypes.ExporterService;

/**
 * The FollowTheMoney export: FtM entities as JSON Lines ({@code {"id", "schema", "properties"}}
 * one a line), what Aleph's {@code alephclient write-entities}, the {@code ftm} command line and
 * the OpenSanctions tools read. Documents become {@code Article}/{@code Document}, entities
 * {@code Person}, {@code Organization}/{@code PublicBody}, {@code Address}, {@code Event} and
 * {@code Document} (laws), countries {@code country} values, and each document/entity pair a
 * {@code Documentation} link. Ids are derived from Vigie's: the same export, the same ids.
 */
@Component(service = Exporter.class)
@ExporterService(id = "ftm", mediaType = "application/x-ndjson", extension = "ftm.json",
        description = "FollowTheMoney entities, JSON Lines (Aleph alephclient write-entities, ftm, OpenSanctions)")
public class FtmExporter implements Exporter {

    @Override
    public void write(Export export, OutputStream out) throws IOException {
        FtmLines lines = new FtmLines(out);
        new FtmRun(export, lines).run();
        lines.flush();
    }
}
