package org.vigie.itests.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Runs the real launcher, {@code ./vigie}, as the analyst would, and captures what it prints. */
final class VigieProcess {
    static final Path REPO = Path.of(System.getProperty("vigie.repo", "../..")).toAbsolutePath().normalize();

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private VigieProcess() {
    }

    static Process start(Path workspace, String... args) throws IOException {
        return start(Map.of(), workspace, args);
    }

    /** Starts ./vigie with extra environment variables (e.g. {@code VIGIE_JAVA_OPTS}). */
    static Process start(Map<String, String> environment, Path workspace, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(REPO.resolve("vigie").toString());
        command.add("--workspace");
        command.add(workspace.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile());
        // the jar was just built by this very build: never let the launcher rebuild it
        builder.environment().put("VIGIE_NO_BUILD", "1");
        builder.environment().putAll(environment);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return builder.start();
    }

    /** The jar of an example plugin built before the tests, e.g. {@code example("ioc-extractor")}. */
    static Path example(String module) throws IOException {
        try (java.util.stream.Stream<Path> jars = Files.list(REPO.resolve("examples/" + module + "/target"))) {
            return jars.filter(p -> p.getFileName().toString().matches(Pattern.quote(module) + "-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("examples/" + module + " is built before the itests"));
        }
    }

    static Result run(Path workspace, String... args) throws IOException, InterruptedException {
        return run(Map.of(), workspace, args);
    }

    static Result run(Map<String, String> environment, Path workspace, String... args)
            throws IOException, InterruptedException {
        Process process = start(environment, workspace, args);
        Path out = Files.createTempFile("vigie-out", ".txt");
        Path err = Files.createTempFile("vigie-err", ".txt");
        Thread o = copy(process.getInputStream(), out);
        Thread e = copy(process.getErrorStream(), err);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("vigie " + String.join(" ", args) + " did not finish in 120 s");
        }
        o.join();
        e.join();
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private static Thread copy(java.io.InputStream in, Path file) {
        Thread thread = new Thread(() -> {
            try (in) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        thread.start();
        return thread;
    }
}
