package org.vigie.shell.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.report.api.BriefingFormat;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingResult;
import org.vigie.report.api.BriefingService;
import org.vigie.report.api.ReportException;
import org.vigie.report.api.SectionInfo;

import com.fasterxml.jackson.databind.ObjectMapper;

class ReportCommandsTest {

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;
    private final List<BriefingRequest> requests = new ArrayList<>();
    private final ReportCommands commands = new ReportCommands();

    @BeforeEach
    void wire() {
        commands.briefings = new BriefingService() {
            @Override
            public BriefingResult brief(BriefingRequest request) {
                requests.add(request);
                return new BriefingResult(request.out(), 7, 84_000, 1_240, 5, List.of("cover", "sources"),
                        List.of("section timeline failed: index offline"));
            }

            @Override
            public List<SectionInfo> sections() {
                return List.of(new SectionInfo("cover", "Couverture", 100, "org.vigie.report.pdf"),
                        new SectionInfo("ioc", "Indicateurs", 450, "org.example.ioc"));
            }
        };
    }

    @Test
    void briefPassesTheSelectionAndPrintsPathPagesAndTime() {
        commands.brief(null, "b.pdf", "Point de situation", "Interpol", "2025-10", "2025-11", "Lương Tam Quang",
                "cover, sources", "TLP:CLEAR", "pdf", "2026-12-01");
        BriefingRequest r = requests.get(0);
        assertEquals(Path.of("b.pdf").toAbsolutePath(), r.out());
        assertEquals("Interpol", r.query());
        assertEquals(LocalDate.of(2025, 10, 1), r.from());
        assertEquals(LocalDate.of(2025, 11, 30), r.to());
        assertEquals("Lương Tam Quang", r.entity());
        assertEquals(List.of("cover", "sources"), r.sections());
        assertEquals("TLP:CLEAR", r.marking());
        assertEquals(LocalDate.of(2026, 12, 1), r.date());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("b.pdf: 7 pages, 82.0 KiB, 5 documents in 1.2 s"), printed);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("warning: section timeline failed"));
    }

    @Test
    void defaultsToBriefingPdfOfEverything() {
        commands.brief(null, "", "", "", "", "", "", "", "", "markdown", "");
        BriefingRequest r = requests.get(0);
        assertEquals("briefing.md", r.out().getFileName().toString());
        assertEquals(BriefingFormat.MARKDOWN, r.format());
        assertNull(r.query());
        assertNull(r.from());
        assertTrue(r.sections().isEmpty());
    }

    @Test
    void aYearStandsForItsFirstOrLastDay() {
        commands.brief(null, "b.pdf", "", "", "2015", "2025", "", "", "", "pdf", "");
        assertEquals(LocalDate.of(2015, 1, 1), requests.get(0).from());
        assertEquals(LocalDate.of(2025, 12, 31), requests.get(0).to());
    }

    @Test
    void badDatesAndFormatsAreOneLineErrors() {
        ReportException date = assertThrows(ReportException.class,
                () -> commands.brief(null, "b.pdf", "", "", "2025-13-01", "", "", "", "", "pdf", ""));
        assertEquals("--from 2025-13-01 is not a date: write YYYY-MM-DD, YYYY-MM or YYYY", date.getMessage());
        ReportException format = assertThrows(ReportException.class,
                () -> commands.brief(null, "b.doc", "", "", "", "", "", "", "", "docx", ""));
        assertTrue(format.getMessage().startsWith("unknown briefing format 'docx'"), format.getMessage());
        assertTrue(requests.isEmpty());
    }

    @Test
    void sectionsListsPluginSectionsToo() throws Exception {
        commands.sections(false);
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("ioc") && table.contains("org.example.ioc") && table.contains("Couverture"), table);
        out.reset();
        commands.sections(true);
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length);
        assertEquals(450, new ObjectMapper().readTree(lines[1]).get("order").asInt());
    }

    @Test
    void saysWhenNoBriefingServiceRuns() {
        commands.briefings = null;
        ReportException e = assertThrows(ReportException.class, () -> commands.sections(false));
        assertTrue(e.getMessage().contains("no briefing service is running"));
    }
}
