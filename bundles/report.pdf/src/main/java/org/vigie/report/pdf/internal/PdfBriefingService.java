package org.vigie.report.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.vigie.core.api.Workspace;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.entities.api.EntityIndex;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingResult;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.BriefingService;
import org.vigie.report.api.ReportException;
import org.vigie.report.api.SectionInfo;

/** The briefing service: selects the documents, then hands them to the registered sections. */
@Component(service = BriefingService.class, configurationPid = "org.vigie.report")
@Designate(ocd = PdfBriefingService.Config.class)
public class PdfBriefingService implements BriefingService {

    @ObjectClassDefinition(name = "Vigie briefings", description = "How report:brief writes briefings")
    public @interface Config {
        @AttributeDefinition(description = "Handling marking when the request gives none (e.g. TLP:CLEAR); empty for none")
        String marking() default "";

        @AttributeDefinition(description = "Author recorded in the PDF's metadata")
        String author() default "Vigie";

        @AttributeDefinition(description = "Title when the request gives none")
        String title() default "Note de synthèse";

        @AttributeDefinition(description = "Most documents a briefing selects")
        int maxDocuments() default 100_000;
    }

    @Reference
    CorpusStore store;

    @Reference
    EntityIndex index;

    @Reference
    SectionFailures failures;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Workspace workspace;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<BriefingSection> sections = new ArrayList<>();

    private Config config;

    @Activate
    void activate(Config config) {
        this.config = config;
    }

    @Override
    public BriefingResult brief(BriefingRequest request) {
        List<BriefingSection> chosen = choose(current(), request.sections());
        DocumentSelector selector = new DocumentSelector(store, index, config.maxDocuments());
        return new BriefingRun(request, config, version(), chosen, failures).write(selector.select(request), index);
    }

    @Override
    public List<SectionInfo> sections() {
        return current().stream().map(s -> new SectionInfo(s.id(), s.title(), s.order(), bundle(s))).toList();
    }

    /** One section per id, the highest ranked (DS lists lowest ranking first), in briefing order. */
    private List<BriefingSection> current() {
        Map<String, BriefingSection> byId = new LinkedHashMap<>();
        for (BriefingSection s : List.copyOf(sections)) {
            byId.put(s.id(), s);
        }
        return byId.values().stream().sorted(Comparator.comparingInt(BriefingSection::order)
                .thenComparing(BriefingSection::id)).toList();
    }

    private static List<BriefingSection> choose(List<BriefingSection> all, List<String> ids) {
        if (ids.isEmpty()) {
            return all;
        }
        List<String> known = all.stream().map(BriefingSection::id).toList();
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new ReportException("unknown section " + String.join(", ", unknown) + ": report:sections lists "
                    + String.join(", ", known));
        }
        return all.stream().filter(s -> ids.contains(s.id())).collect(Collectors.toList());
    }

    private String version() {
        Workspace w = workspace;
        if (w != null) {
            return w.vigieVersion();
        }
        Bundle b = FrameworkUtil.getBundle(PdfBriefingService.class);
        return b == null ? "dev" : b.getVersion().toString();
    }

    private static String bundle(BriefingSection section) {
        Bundle b = FrameworkUtil.getBundle(section.getClass());
        return b == null ? "" : b.getSymbolicName();
    }
}
