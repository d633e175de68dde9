package org.vigie.report.pdf.internal.pdf;

import java.time.format.DateTimeFormatter;

import org.vigie.report.pdf.internal.layout.BriefingWriter.Meta;

/** The XMP packet of a briefing: Dublin Core, PDF and XMP basics mirroring the document info, PDF/A-2b id. */
final class Xmp {

    static final String PRODUCER = "Vigie report.pdf on Apache PDFBox 3";

    private Xmp() {
    }

    static String of(Meta meta) {
        String date = meta.date().format(DateTimeFormatter.ISO_LOCAL_DATE) + "T00:00:00Z";
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\"\n"
                + "  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                + "  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                + "  xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(meta.title()) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + escape(meta.author()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(meta.subject())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<pdf:Keywords>" + escape(String.join(", ", meta.keywords())) + "</pdf:Keywords>\n"
                + "<pdf:Producer>" + escape(PRODUCER) + "</pdf:Producer>\n"
                + "<xmp:CreatorTool>" + escape(meta.generator()) + "</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "<pdfaid:part>2</pdfaid:part>\n"
                + "<pdfaid:conformance>B</pdfaid:conformance>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
