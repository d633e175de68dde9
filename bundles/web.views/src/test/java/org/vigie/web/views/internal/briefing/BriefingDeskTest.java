package org.vigie.web.views.internal.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.report.api.BriefingFormat;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingResult;
import org.vigie.report.api.BriefingService;
import org.vigie.report.api.SectionInfo;
import org.vigie.report.api.SelectionCriteria;

class BriefingDeskTest {

    @TempDir
    Path dir;

    private final List<BriefingRequest> asked = new ArrayList<>();

    private final BriefingService service = new BriefingService() {
        @Override
        public BriefingResult brief(BriefingRequest request) {
            asked.add(request);
            try {
                Files.writeString(request.out(), "%PDF-1.7");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new BriefingResult(request.out(), 3, 8, 5, 2, List.of("cover", "timeline"), List.of());
        }

        @Override
        public List<SectionInfo> sections() {
            return List.of(new SectionInfo("timeline", "Chronologie", 20, "org.vigie.report.pdf"));
        }
    };

    @Test
    void aBriefingIsWrittenAsAPdfUnderARandomIdAndFoundAgainByIt() {
        BriefingDesk desk = new BriefingDesk(service, dir.resolve("web-briefings"));
        BriefingDesk.Written w = desk.write(new SelectionCriteria("Interpol", null, null, null), "Note",
                List.of("timeline"), "TLP:CLEAR");

        BriefingRequest request = asked.get(0);
        assertEquals(List.of("Interpol", "Note", "[timeline]", "TLP:CLEAR", "PDF"), List.of(request.query(),
                request.title(), request.sections().toString(), request.marking(), request.format().name()));
        assertTrue(w.id().matches("[0-9a-f]{32}"), w.id());
        assertEquals(dir.resolve("web-briefings/" + w.id() + ".pdf"), desk.file(w.id()).orElseThrow());
        assertEquals(List.of(3, 2), List.of(w.pages(), w.documents()));
        assertEquals(BriefingFormat.PDF, request.format());
    }

    @Test
    void anIdNeverGivenOrNotAnIdFindsNothing() {
        BriefingDesk desk = new BriefingDesk(service, dir);
        assertTrue(desk.file("0123456789abcdef0123456789abcdef").isEmpty());
        assertTrue(desk.file("../../etc/passwd").isEmpty());
        assertTrue(desk.file(null).isEmpty());
    }
}
