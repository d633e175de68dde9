package org.vigie.entities.french.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.corpus.api.Document;
import org.vigie.entities.api.Annotation;
import org.vigie.entities.api.EntityExtractor;
import org.vigie.entities.api.Span;
import org.vigie.entities.api.propertytypes.ExtractorService;
import org.vigie.entities.french.internal.grammar.PhraseGrammar;
import org.vigie.entities.french.internal.grammar.RoleReader;
import org.vigie.entities.french.internal.lexicon.FrenchLexicon;
import org.vigie.entities.french.internal.resolve.Coreference;
import org.vigie.entities.french.internal.resolve.DeclaredNames;
import org.vigie.entities.french.internal.resolve.NameOrders;
import org.vigie.entities.french.internal.resolve.PhrasingVariants;
import org.vigie.entities.french.internal.resolve.QualifiedNames;
import org.vigie.entities.french.internal.resolve.HyphenatedPlaces;
import org.vigie.entities.french.internal.resolve.Overlaps;
import org.vigie.entities.french.internal.rule.BracketAliasRule;
import org.vigie.entities.french.internal.rule.CodeRule;
import org.vigie.entities.french.internal.rule.ContextRule;
import org.vigie.entities.french.internal.rule.CriminalGroupRule;
import org.vigie.entities.french.internal.rule.EventRule;
import org.vigie.entities.french.internal.rule.GazetteerRule;
import org.vigie.entities.french.internal.rule.GuessRule;
import org.vigie.entities.french.internal.rule.InstitutionNameRule;
import org.vigie.entities.french.internal.rule.LawRule;
import org.vigie.entities.french.internal.rule.OrganizationRule;
import org.vigie.entities.french.internal.rule.PersonRule;
import org.vigie.entities.french.internal.rule.RepeatedNameRule;
import org.vigie.entities.french.internal.rule.Rule;
import org.vigie.entities.french.internal.scan.Candidate;
import org.vigie.entities.french.internal.scan.TextScan;
import org.vigie.entities.french.internal.value.DateAnnotator;
import org.vigie.entities.french.internal.value.QuantityAnnotator;

/**
 * The French news extractor: people with their roles, organisations, places, events, legal
 * instruments, dates and quantities, by gazetteers and rules (see the module README). Stateless
 * between calls: every call works on its own {@link TextScan}, so it is safe from many threads.
 */
@Component(service = EntityExtractor.class, configurationPid = FrenchExtractor.PID)
@ExtractorService(id = FrenchExtractor.ID, version = "1.0.0",
        types = {"PERSON", "ORGANIZATION", "LOCATION", "EVENT", "LAW", "DATE", "QUANTITY"}, languages = "fr")
@Designate(ocd = FrenchExtractor.Config.class)
public final class FrenchExtractor implements EntityExtractor {

    static final String PID = "org.vigie.entities.french";
    static final String ID = "french";
    private static final Logger LOG = LoggerFactory.getLogger(FrenchExtractor.class);

    @ObjectClassDefinition(name = "Vigie French extractor")
    public @interface Config {
        @AttributeDefinition(description = "Drop annotations whose confidence is below this (0 keeps all)")
        double minConfidence() default 0.0;

        @AttributeDefinition(description = "Also annotate quantities (100 000 cas, 36%)")
        boolean quantities() default true;
    }

    /**
     * The lexicon and the rules, loaded by the first extraction rather than at start-up (the
     * lexicon is the largest work of Vigie's start, and most commands never extract). Immutable
     * once loaded, shared by every instance; the class holder makes the load happen once.
     */
    private static final class Engine {
        static final FrenchLexicon LEXICON = FrenchLexicon.load();
        static final List<Rule> RULES = rules(LEXICON);

        private static List<Rule> rules(FrenchLexicon lexicon) {
            PhraseGrammar grammar = new PhraseGrammar(lexicon);
            RoleReader roles = new RoleReader(grammar);
            return List.of(new GazetteerRule(), new LawRule(grammar), new OrganizationRule(grammar),
                    new EventRule(grammar), new CodeRule(), new InstitutionNameRule(), new BracketAliasRule(), new PersonRule(roles), new ContextRule(),
                    new CriminalGroupRule(),
                    new RepeatedNameRule(), new GuessRule());
        }
    }

    private final DateAnnotator dates = new DateAnnotator();
    private final QuantityAnnotator quantityAnnotator = new QuantityAnnotator();
    private volatile double minConfidence;
    private volatile boolean quantities = true;

    @Activate
    void activate(Config config) {
        minConfidence = config.minConfidence();
        quantities = config.quantities();
    }

    @Override
    public List<Annotation> extract(Document document) {
        String text = document.text();
        FrenchLexicon lexicon = Engine.LEXICON;
        TextScan scan = new TextScan(text, lexicon.tokenizer.tokenize(text), document.metadata().published(), lexicon);
        for (Rule rule : Engine.RULES) {
            try {
                rule.apply(scan);
            } catch (RuntimeException e) {
                LOG.warn("French rule {} failed on document {}; the other rules' results are kept",
                        rule.getClass().getSimpleName(), document.id(), e);
            }
        }
        HyphenatedPlaces.extend(scan);
        List<Candidate> kept = Overlaps.settle(scan, scan.candidates);
        Coreference.resolve(scan, kept);
        DeclaredNames.declare(scan, kept);
        QualifiedNames.declare(scan, kept);
        PhrasingVariants.declare(scan, kept);
        NameOrders.declare(scan, kept);
        List<Annotation> out = new ArrayList<>(kept.size() + 16);
        for (Candidate c : kept) {
            Span span = new Span(scan.token(c.start).begin(), scan.token(c.end - 1).end());
            out.add(new Annotation(span, c.type, span.of(text), c.value, c.features, c.confidence, ID));
        }
        out.addAll(dates.find(scan, ID));
        if (quantities) {
            out.addAll(quantityAnnotator.find(scan, ID));
        }
        out.removeIf(a -> a.confidence() < minConfidence);
        out.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
        return out;
    }
}
