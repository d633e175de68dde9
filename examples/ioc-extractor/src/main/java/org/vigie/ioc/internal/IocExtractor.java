package org.vigie.ioc.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.EntityType;
import org.vigie.entities.api.Span;
import org.vigie.entities.api.propertytypes.ExtractorService;

/**
 * Indicators of compromise as {@code INDICATOR} annotations, in any language: each with its
 * normalised {@code value} and its {@code kind} feature. Where two candidates overlap the
 * longer wins (a URL over its host, an e-mail address over its domain).
 */
@Component(name = IocExtractor.PID, configurationPid = IocExtractor.PID)
@ExtractorService(id = IocExtractor.ID, version = "1.0.0", types = "INDICATOR")
@Designate(ocd = IocExtractor.Config.class)
public class IocExtractor implements EntityExtractor {

    static final String PID = "org.vigie.ioc";
    static final String ID = "ioc";
    static final EntityType INDICATOR = EntityType.of("INDICATOR");
    /** The feature naming the indicator's kind: {@code ipv4}, {@code url}, ... */
    static final String KIND = "kind";
    /** Present, {@code true}, when the text wrote the indicator defanged ({@code evil[.]com}). */
    static final String DEFANGED = "defanged";
    /** A defanged indicator was marked as one by whoever wrote the text. */
    private static final double DEFANGED_CONFIDENCE = 0.99;
    private static final Logger LOG = LoggerFactory.getLogger(IocExtractor.class);

    @ObjectClassDefinition(name = "Vigie indicator extractor",
            description = "Finds indicators of compromise (addresses, domains, URLs, hashes, CVE ids, wallets).")
    public @interface Config {
        @AttributeDefinition(description = "Kinds to extract: ipv4, ipv6, domain, url, email, cve, md5, sha1, "
                + "sha256, btc, eth.")
        String[] kinds() default {"ipv4", "ipv6", "domain", "url", "email", "cve", "md5", "sha1", "sha256", "btc",
            "eth"};
    }

    private volatile Set<IndicatorKind> kinds = EnumSet.allOf(IndicatorKind.class);
    private final List<IndicatorFinder> finders;

    public IocExtractor() {
        TopLevelDomains tlds = TopLevelDomains.shipped();
        finders = List.of(new HostFinder(tlds), new Ipv4Finder(), new Ipv6Finder(), new CodeFinder(),
                new WalletFinder());
        LOG.debug("indicator extractor knows {} top-level domains", tlds.size());
    }

    @Activate
    @Modified
    void activate(Config config) {
        Set<IndicatorKind> chosen = EnumSet.noneOf(IndicatorKind.class);
        for (String entry : config.kinds()) {
            // a .cfg file gives one comma-separated string, Configurator JSON an array
            for (String kind : entry.split("[,\\s]+")) {
                if (!kind.isEmpty()) {
                    chosen.add(IndicatorKind.of(kind));
                }
            }
        }
        kinds = chosen;
        LOG.info("indicator extractor active for kinds {}", chosen);
    }

    @Override
    public List<Annotation> extract(Document document) {
        String text = document.text();
        List<Indicator> found = new ArrayList<>();
        Tokens tokens = Tokens.of(text);
        for (IndicatorFinder finder : finders) {
            try {
                finder.find(text, tokens, found);
            } catch (RuntimeException | StackOverflowError e) {
                // one broken finder, or a hostile text, must not cost the document the other kinds
                LOG.warn("indicator finder {} failed on document {}: {}", finder.getClass().getSimpleName(),
                        document.id(), e.toString(), e);
            }
        }
        Set<IndicatorKind> wanted = kinds;
        found.removeIf(indicator -> !wanted.contains(indicator.kind()));
        List<Annotation> annotations = new ArrayList<>();
        for (Indicator indicator : longestFirst(found)) {
            annotations.add(annotation(text, indicator));
        }
        return annotations;
    }

    /** The candidates that do not overlap a longer (or earlier, equally long) one, in text order. */
    private static List<Indicator> longestFirst(List<Indicator> found) {
        found.sort(Comparator.comparingInt(Indicator::begin).thenComparing(Comparator.comparingInt(Indicator::length)
                .reversed()));
        List<Indicator> kept = new ArrayList<>();
        for (Indicator candidate : found) {
            Indicator last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || candidate.begin() >= last.end()) {
                kept.add(candidate);
            } else if (candidate.length() > last.length()) {
                kept.set(kept.size() - 1, candidate);
            }
        }
        return kept;
    }

    private Annotation annotation(String text, Indicator indicator) {
        var span = new Span(indicator.begin(), indicator.end());
        String written = span.of(text);
        boolean defanged = Defanging.isDefanged(written);
        Map<String, String> features = defanged ? Map.of(KIND, indicator.kind().label(), DEFANGED, "true")
                : Map.of(KIND, indicator.kind().label());
        double confidence = defanged ? DEFANGED_CONFIDENCE : indicator.kind().confidence();
        return new Annotation(span, INDICATOR, written, indicator.value(), features, confidence, ID);
    }
}
