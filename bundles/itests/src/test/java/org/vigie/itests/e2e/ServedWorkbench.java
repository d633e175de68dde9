package org.vigie.itests.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./vigie -c 'web:serve'} on a workspace, serving until {@link #close()} sends SIGTERM:
 * {@link #url()} is the address with its token that the command printed.
 */
final class ServedWorkbench implements AutoCloseable {

    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/\\?token=\\S+");

    private final Process process;
    private final String url;

    ServedWorkbench(Path workspace) throws IOException, InterruptedException {
        process = VigieProcess.start(workspace, "-c", "web:serve");
        drain(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)));
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        String found = null;
        for (String line; found == null && (line = out.readLine()) != null;) {
            printed.append(line).append('\n');
            Matcher m = ADDRESS.matcher(line);
            found = m.find() ? m.group() : null;
        }
        if (found == null) {
            close();
            throw new AssertionError("web:serve printed no address:\n" + printed);
        }
        url = found;
        drain(out);
    }

    /** Reads what the process prints on, so it never blocks on a full pipe. */
    private static void drain(BufferedReader reader) {
        Thread drain = new Thread(() -> {
            try {
                reader.lines().forEach(line -> { });
            } catch (java.io.UncheckedIOException e) {
                // the process was stopped: nothing more to read
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    /** The address web:serve printed, token included. */
    String url() {
        return url;
    }

    /** The workbench's root, {@code http://127.0.0.1:PORT}. */
    String root() {
        return url.substring(0, url.indexOf("/?token="));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
