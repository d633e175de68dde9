package org.vigie.export.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesWhatRfc4180Requires() {
        assertEquals("plain", CsvWriter.field("plain"));
        assertEquals("\"a,b\"", CsvWriter.field("a,b"));
        assertEquals("\"il a dit \"\"non\"\"\"", CsvWriter.field("il a dit \"non\""));
        assertEquals("\"deux\r\nlignes\"", CsvWriter.field("deux\r\nlignes"));
        assertEquals("", CsvWriter.field(null));
        assertEquals("Hanoï", CsvWriter.field("Hanoï"));
    }

    @Test
    void neutralisesFormulas() {
        assertEquals("'=HYPERLINK(\"\"x\"\")".replace("\"\"", "\""), CsvWriter.neutralised("=HYPERLINK(\"x\")"));
        assertEquals("\"'=1+2,3\"", CsvWriter.field("=1+2,3"));
        for (String s : new String[] {"+33 1", "-2", "@SUM(A1)", "\tx", "\rx"}) {
            assertEquals("'" + s, CsvWriter.neutralised(s), s);
        }
        assertEquals("a=b", CsvWriter.neutralised("a=b"));
        assertEquals("-3", CsvWriter.field(-3), "numbers are written as numbers");
    }

    @Test
    void endsRowsWithCrlf() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row("a", 1, null);
        csv.row("b,c", 2, "d");
        assertEquals("a,1,\r\n\"b,c\",2,d\r\n", out.toString());
    }
}
