package org.vigie.shell.internal.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a command prints, captured for the test: {@code System.out} and {@code System.err} are
 * replaced before each test and given back after it. Register with {@code @RegisterExtension}.
 */
final class CapturedConsole implements BeforeEachCallback, AfterEachCallback {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream systemOut;
    private PrintStream systemErr;

    @Override
    public void beforeEach(ExtensionContext context) {
        systemOut = System.out;
        systemErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(systemOut);
        System.setErr(systemErr);
    }
}
