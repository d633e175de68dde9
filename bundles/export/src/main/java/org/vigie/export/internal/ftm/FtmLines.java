package org.vigie.export.internal.ftm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes FtM entities as JSON Lines: one object a line, UTF-8, as it is given (nothing is held). */
final class FtmLines {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Writer out;

    FtmLines(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // the run flushes once per document, not once per object
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    }

    void write(FtmObject entity) throws IOException {
        mapper.writeValue(out, entity.json());
        out.write('\n');
    }

    void flush() throws IOException {
        out.flush();
    }
}
