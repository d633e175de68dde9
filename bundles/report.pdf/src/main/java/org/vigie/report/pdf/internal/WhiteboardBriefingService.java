package org.vigie.report.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.CollectionType;
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
import org.vigie.corpus.api.copies.CorpusCopies;
import org.vigie.curation.api.SourceGrades;
import org.vigie.entities.api.EntityIndex;
import org.vigie.report.api.BriefingRequest;
import org.vigie.report.api.BriefingResult;
import org.vigie.report.api.BriefingSection;
import org.vigie.report.api.BriefingService;
import org.vigie.report.api.SectionInfo;

/** The briefing service: selects the documents, then hands them to the registered sections. */
@Component(service = BriefingService.class, configurationPid = "org.vigie.report")
@Designate(ocd = WhiteboardBriefingService.Config.class)
public class WhiteboardBriefingService implements BriefingService {

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

    /** The syndicated copies, cited as one source each; without it every document is its own source. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile CorpusCopies copies;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Workspace workspace;

    /** The analyst's grades, written into citations and the sources list; none without the curation bundle. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SourceGrades grades;

    /** The section services with their properties, lowest ranking first. */
    @Reference(service = BriefingSection.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            collectionType = CollectionType.TUPLE)
    volatile List<Map.Entry<Map<String, Object>, BriefingSection>> sections = new ArrayList<>();

    private final SectionWhiteboard whiteboard = new SectionWhiteboard();

    private Config config;

    @Activate
    void activate(Config config) {
        this.config = config;
    }

    @Override
    public BriefingResult brief(BriefingRequest request) {
        List<SectionWhiteboard.Registered> chosen = SectionWhiteboard.choose(current(), request.sections());
        DocumentSelector selector = new DocumentSelector(store, index, config.maxDocuments());
        CorpusCopies known = copies;
        return new BriefingRun(request, config, version(), chosen, failures, grades).write(selector.select(request.criteria()), index,
                known == null ? List.of() : known.clusters());
    }

    @Override
    public List<SectionInfo> sections() {
        return current().stream().map(SectionWhiteboard.Registered::info).toList();
    }

    private List<SectionWhiteboard.Registered> current() {
        return whiteboard.current(List.copyOf(sections));
    }

    private String version() {
        Workspace w = workspace;
        if (w != null) {
            return w.vigieVersion();
        }
        Bundle b = FrameworkUtil.getBundle(WhiteboardBriefingService.class);
        return b == null ? "dev" : b.getVersion().toString();
    }
}
