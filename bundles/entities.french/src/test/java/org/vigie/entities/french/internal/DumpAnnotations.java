package org.vigie.entities.french.internal;

import java.nio.file.Path;

import org.vigie.entities.api.Annotation;

/** Test tool: prints every annotation the extractor makes on the given files, one a line. */
public final class DumpAnnotations {

    private DumpAnnotations() {
    }

    public static void main(String[] args) {
        FrenchExtractor extractor = new FrenchExtractor();
        for (String file : args) {
            System.out.println("=== " + file);
            for (Annotation a : extractor.extract(SampleDocuments.read(Path.of(file)))) {
                System.out.println(a.type() + "\t" + a.text() + "\t=> " + a.value() + "\t" + a.features());
            }
        }
    }
}
