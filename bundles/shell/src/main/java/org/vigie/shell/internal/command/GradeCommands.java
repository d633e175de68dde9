package org.vigie.shell.internal.command;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.util.Arrays;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;
import org.vigie.curation.api.SourceGrades;
import org.vigie.shell.internal.format.TerminalText;

/** {@code corpus:grade} and {@code corpus:grades}: the analyst's Admiralty grades, decisions in the curation log. */
@Component(service = GradeCommands.class)
@GogoCommand(scope = "corpus", function = {"grade", "grades"})
public class GradeCommands {
    static final String NO_LOG = "grades are decisions in the curation log, and no curation log is running "
            + "(is org.vigie.curation started?)";

    private final CorpusStore store;

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    volatile CurationLog log;

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    volatile SourceGrades grades;

    @Activate
    public GradeCommands(@Reference(name = "store") CorpusStore store) {
        this.store = store;
    }

    @Descriptor("Grades a source's reliability, A (completely reliable) to F (cannot be judged), or with --document a "
            + "document's credibility, 1 (confirmed) to 6 (cannot be judged); the newest grade wins. "
            + "Examples: corpus:grade VNA B --note 'agence officielle'; corpus:grade --document a1e76662 2")
    public void grade(@Descriptor("why, in your words") @Parameter(names = "--note", absentValue = "") String note,
            @Descriptor("grade a document (id or prefix) instead of a source")
            @Parameter(names = "--document", presentValue = "true", absentValue = "false") boolean document,
            @Descriptor("grade a source that is not in the corpus yet")
            @Parameter(names = "--force", presentValue = "true", absentValue = "false") boolean force,
            @Descriptor("the source as corpus:stats names it (quotes optional) or the document id, then the grade")
            String... arguments) {
        if (arguments.length < 2 || document && arguments.length != 2) {
            throw new CurationException("corpus:grade needs " + (document ? "a document id and a grade, 1 to 6: "
                    + "corpus:grade --document a1e76662 2" : "a source and a grade, A to F: corpus:grade VNA B"));
        }
        String target = String.join(" ", Arrays.copyOf(arguments, arguments.length - 1));
        String grade = arguments[arguments.length - 1];
        CurationLog current = log;
        if (current == null) {
            throw new CurationException("cannot grade " + TerminalText.line(target) + ": " + NO_LOG);
        }
        Grading grading = new Grading(store, current);
        Decision d = document ? grading.document(target, grade, note) : grading.source(target, grade, note, force);
        String value = d.argument("grade");
        String words = document ? Grading.CREDIBILITY.get(Integer.parseInt(value) - 1)
                : Grading.RELIABILITY.get(value.charAt(0) - 'A');
        String id = d.targets().get(0);
        String graded = document ? "document " + id.substring(0, Math.min(12, id.length())) : TerminalText.line(id);
        System.out.println("graded " + graded + " " + value
                + " (" + words + "), decision " + d.id().substring(0, Math.min(8, d.id().length())));
    }

    @Descriptor("Lists the grades in force: source or document, grade, who, when, why. Example: corpus:grades")
    public void grades(@Descriptor("JSON Lines output")
            @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        CurationLog current = log;
        if (current == null) {
            throw new CurationException("cannot list grades: " + NO_LOG);
        }
        GradeRows.print(System.out, GradeRows.inForce(current.inForce()), grades, store, json);
    }
}
