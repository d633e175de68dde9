package org.vigie.itests.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tab after {@code export:write --format} in the interactive shell, typed through a pseudo-terminal
 * (python3's {@code pty}; skipped without it): the formats installed at that moment, and only
 * them; a plugin's format completes while it is installed and no longer once removed.
 */
class FormatCompletionTest {

    /** Types each argument after the prompt and prints what the terminal showed, escape codes removed. */
    private static final String TYPIST = """
            import os, pty, sys, time, select, re, fcntl, termios, struct
            pid, fd = pty.fork()
            if pid == 0:
                os.environ["TERM"] = "xterm"
                os.execv(sys.argv[1], [sys.argv[1], "--workspace", sys.argv[2]])
            fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
            def read(until, timeout):
                out = ""; end = time.time() + timeout
                while time.time() < end and not (until and re.search(until, out)):
                    if select.select([fd], [], [], 0.2)[0]:
                        try:
                            out += os.read(fd, 65536).decode("utf-8", "replace")
                        except OSError:
                            break
                return re.sub(r"\\x1b[\\[=>][0-9;?]*[A-Za-z~]?", "", out)
            read("vigie> $", 120)
            for keys in sys.argv[3:]:
                os.write(fd, keys.encode().decode("unicode_escape").encode())
                prompt = "vigie> $" if keys.endswith("\\\\r") else None
                print("[" + " ".join(read(prompt, 30 if prompt else 8).split()) + "]", flush=True)
            os.write(fd, b"\\x15\\x04")
            read(None, 60)
            os.waitpid(pid, 0)
            """;

    @TempDir
    Path dir;

    @Test
    void tabCompletesTheFormatsInstalledAtThatMoment() throws Exception {
        assumeTrue(python(), "python3 with pty is not installed");
        Path ws = dir.resolve("ws");
        VigieProcess.Result installed = VigieProcess.run(ws, "-c", "plugins:install " + VigieProcess.example("ris-exporter"));
        assertEquals(0, installed.exitCode(), installed.toString());
        Path typist = dir.resolve("typist.py");
        Files.writeString(typist, TYPIST);
        List<String> shown = type(typist, ws, "export:write --format \\t", "\\x15plugins:remove org.vigie.ris-exporter\\r",
                "export:write --format \\t");
        assertEquals(3, shown.size(), shown.toString());
        List<String> before = offered(shown.get(0));
        assertTrue(before.contains("ris") && before.contains("csv"), shown.get(0));
        assertTrue(shown.get(1).contains("removed org.vigie.ris-exporter"), shown.get(1));
        List<String> after = offered(shown.get(2));
        assertEquals(before.stream().filter(f -> !f.equals("ris")).toList(), after,
                "the formats left are completed: " + shown.get(2));
    }

    private static List<String> type(Path typist, Path ws, String... keys) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("python3", typist.toString(),
                VigieProcess.REPO.resolve("vigie").toString(), ws.toString()));
        command.addAll(List.of(keys));
        ProcessBuilder builder = new ProcessBuilder(command).directory(VigieProcess.REPO.toFile()).redirectErrorStream(true);
        builder.environment().put("VIGIE_NO_BUILD", "1");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(240, TimeUnit.SECONDS), out);
        return out.lines().filter(l -> l.startsWith("[")).toList();
    }

    /** The candidates shown after {@code --format } on a screen line ending in {@code ]}. */
    private static List<String> offered(String screen) {
        String after = screen.substring(screen.lastIndexOf("--format ") + "--format ".length(), screen.length() - 1);
        return List.of(after.strip().split(" +"));
    }

    private static boolean python() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import pty, fcntl, termios").start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }
}
