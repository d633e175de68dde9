package org.vigie.entities.french.internal;

import java.nio.file.Path;
import java.util.TreeMap;

import org.vigie.entities.api.Annotation;

/**
 * Test tool: prints every annotation the extractor makes on the given files, one a line (span,
 * type, text, value, features sorted by name (the annotation's map has no stable order), confidence,
 * extractor), to compare outputs with {@code cmp}.
 */
public final class DumpAnnotations {

    private DumpAnnotations() {
    }

    public static void main(String[] args) {
        FrenchExtractor extractor = new FrenchExtractor();
        for (String file : args) {
            System.out.println("=== " + file);
            for (Annotation a : extractor.extract(SampleDocuments.read(Path.of(file)))) {
                System.out.println(a.span().begin() + "-" + a.span().end() + "\t" + a.type() + "\t" + a.text() + "\t=> "
                        + a.value() + "\t" + new TreeMap<>(a.features()) + "\t" + a.confidence() + "\t" + a.extractorId());
            }
        }
    }
}
