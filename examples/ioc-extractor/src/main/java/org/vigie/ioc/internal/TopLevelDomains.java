package org.vigie.ioc.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.vigie.entities.api.ExtractionException;

/**
 * The real top-level domains (IANA's list, shipped as {@code top-level-domains.txt}) and those of
 * them that are also file extensions ({@code file-extension-tlds.txt}), so that
 * {@code report.pdf} is no domain and {@code main.py} needs more evidence than its spelling.
 */
final class TopLevelDomains {

    private final Set<String> domains;
    private final Set<String> fileExtensions;

    private TopLevelDomains(Set<String> domains, Set<String> fileExtensions) {
        this.domains = Set.copyOf(domains);
        this.fileExtensions = Set.copyOf(fileExtensions);
    }

    /** The lists shipped with this bundle. */
    static TopLevelDomains shipped() {
        return new TopLevelDomains(read("top-level-domains.txt"), read("file-extension-tlds.txt"));
    }

    /** Whether the label (any case) is a delegated top-level domain. */
    boolean isTopLevelDomain(String label) {
        return domains.contains(label.toLowerCase(Locale.ROOT));
    }

    /** Whether the top-level domain is also a common file extension. */
    boolean isFileExtension(String label) {
        return fileExtensions.contains(label.toLowerCase(Locale.ROOT));
    }

    int size() {
        return domains.size();
    }

    private static Set<String> read(String resource) {
        try (InputStream in = TopLevelDomains.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ExtractionException("the ioc-extractor bundle lacks its resource " + resource);
            }
            Set<String> labels = new HashSet<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    labels.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return labels;
        } catch (IOException e) {
            throw new ExtractionException("cannot read the ioc-extractor resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
