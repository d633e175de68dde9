package org.vigie.shell.internal.command;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.CorpusImporter;
import org.vigie.corpus.api.CorpusStats;
import org.vigie.corpus.api.CorpusStore;
import org.vigie.corpus.api.Document;
import org.vigie.corpus.api.DocumentSummary;
import org.vigie.corpus.api.ImportOptions;
import org.vigie.corpus.api.SearchRequest;
import org.vigie.corpus.api.SearchResult;
import org.vigie.corpus.api.copies.CorpusCopies;
import org.vigie.entities.api.EntityIndexCheck;
import org.vigie.shell.internal.format.Human;
import org.vigie.shell.internal.format.JsonLines;
import org.vigie.shell.internal.format.TerminalText;

/** {@code corpus:} commands: pour articles into the corpus, find them again, look at them. */
@Component(service = CorpusCommands.class)
@GogoCommand(scope = "corpus", function = {"import", "export", "list", "show", "search", "remove", "stats"})
public class CorpusCommands {
    private static final String NONE = "";
    private static final String RERUN = "run the same command again to finish";

    private final CorpusStore store;

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    volatile CorpusImporter importer;

    /** Brings the entity index up to date after an import or a removal. */
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    volatile EntityIndexCheck check;

    /** The syndicated copies {@code corpus:show} lists and {@code corpus:import} counts. */
    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    volatile CorpusCopies copies;

    @Activate
    public CorpusCommands(@Reference(name = "store") CorpusStore store) {
        this.store = store;
    }

    // Gogo calls "_import" for the command "import", a Java keyword.
    @Descriptor("Imports text, HTML, PDF and JSON Lines files and folders (recursively); the batch goes on past "
            + "bad files. Example: corpus:import ~/news --source VNA --tag case=hanoi")
    public void _import(CommandSession session,
            @Descriptor("outlet recorded when a file names none") @Parameter(names = "--source", absentValue = NONE) String source,
            @Descriptor("language code that overrides detection, e.g. fr") @Parameter(names = "--lang", absentValue = NONE) String lang,
            @Descriptor("a tag key=value added to every document (repeat --tag, or k=v,k2=v2)")
            @Parameter(names = "--tag", absentValue = NONE) String tag,
            @Descriptor("files or folders") String... paths) {
        CorpusImporter current = importer;
        if (current == null) {
            throw new CorpusException("cannot import: no corpus importer is running (is org.vigie.corpus.importers started?)");
        }
        List<String> tags = new ArrayList<>(List.of(tag));
        List<Path> files = CorpusArguments.paths(session, paths, tags);
        ImportOptions options = CorpusArguments.options(source, lang, tags);
        EntityIndexCheck entities = check;
        if (entities != null) {
            entities.agrees(); // fails at once, before anything is stored, when the entity index cannot be used
        }
        ImportRun.run(current, copies, files, options, session, RERUN);
        IndexCatchUp.ifBehind(entities, session, RERUN);
    }

    @Descriptor("Writes every document (or those a query finds) with its text and all its metadata as JSON Lines "
            + "that corpus:import restores in a fresh workspace with the same ids, metadata and entities: the backup "
            + "and migration path. The analyst's decisions are exported apart (entities:curation export). "
            + "Example: corpus:export --out corpus.jsonl --query 'source:VNA'")
    public void export(CommandSession session,
            @Descriptor("the .jsonl file to write (replaced only once complete)") @Parameter(names = "--out", absentValue = NONE) String out,
            @Descriptor("export only the documents this corpus:search query finds") @Parameter(names = "--query", absentValue = NONE) String query) {
        if (out.isBlank()) {
            throw new CorpusException("say where to write the export: --out FILE.jsonl");
        }
        Path base = session == null || session.currentDir() == null ? Path.of("") : session.currentDir();
        CorpusExport.run(store, query.isBlank() ? null : query, base.resolve(out).toAbsolutePath().normalize(), session);
    }

    @Descriptor("Lists documents in import order. Example: corpus:list --limit 50 --offset 100")
    public void list(@Descriptor("documents to show at most") @Parameter(names = "--limit", absentValue = "20") int limit,
            @Descriptor("documents to skip") @Parameter(names = "--offset", absentValue = "0") int offset,
            @Descriptor("JSON Lines output") @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        List<DocumentSummary> page = store.list(Math.max(0, offset), Math.max(0, limit));
        if (json) {
            JsonLines lines = new JsonLines(System.out);
            page.forEach(d -> lines.write(CorpusRows.fields(d)));
            return;
        }
        CorpusRows.documents(page).print(System.out);
        System.out.println(CorpusRows.listed(page.size(), offset, store.count()));
    }

    @Descriptor("Shows a document's metadata, its syndicated copies and its text. Example: corpus:show a1e76662")
    public void show(@Descriptor("the raw text as read from the file instead of the clean text")
            @Parameter(names = "--raw", presentValue = "true", absentValue = "false") boolean raw,
            @Descriptor("document id or an unambiguous prefix of at least 4 characters") String id) {
        Document document = store.get(id).orElseThrow(() -> noDocument(id));
        CorpusCopies known = copies;
        DocumentPage.print(System.out, document, raw,
                known == null ? Optional.empty() : known.clusterOf(document.id()));
    }

    @Descriptor("Searches the corpus (French analysis, accents optional). Words are all required unless OR is "
            + "written; \"phrases\", NOT, prefix*, fuzzy~, source:, lang:, title:, file:, url:, tag.KEY:, "
            + "published:[2025-10-01 TO 2025-10-31]. Quote the query to keep its quotes and brackets: "
            + "corpus:search 'Interpol AND published:[2025-10-01 TO 2025-10-31]'")
    public void search(@Descriptor("hits to show at most") @Parameter(names = "--limit", absentValue = "20") int limit,
            @Descriptor("hits to skip") @Parameter(names = "--offset", absentValue = "0") int offset,
            @Descriptor("JSON Lines output") @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("the query") Object... query) {
        String text = CorpusArguments.queryText(query);
        SearchResult result = store.search(new SearchRequest(text, Math.max(0, offset), Math.max(0, limit)));
        if (json) {
            JsonLines lines = new JsonLines(System.out);
            result.hits().forEach(hit -> lines.write(CorpusRows.fields(hit)));
            return;
        }
        CorpusRows.printHits(System.out, result.hits());
        System.out.println(CorpusRows.matches(result, text));
    }

    @Descriptor("Removes documents from the corpus. Example: corpus:remove a1e76662 f5068295")
    public void remove(@Descriptor("document ids or unambiguous prefixes") String... ids) {
        List<String> found = new ArrayList<>();
        for (String id : ids) {
            store.get(id).ifPresentOrElse(d -> found.add(d.id()),
                    () -> System.err.println("error: " + noDocument(id).getMessage()));
        }
        if (found.isEmpty()) {
            throw new CorpusException("nothing removed: none of " + TerminalText.line(String.join(", ", ids))
                    + " is in the corpus");
        }
        System.out.println("removed " + Human.count(store.remove(found), "document", "documents"));
        IndexCatchUp.ifBehind(check, null, RERUN);
    }

    @Descriptor("Counts documents by source, language and month. Example: corpus:stats")
    public void stats(@Descriptor("one JSON line") @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        CorpusStats stats = store.stats();
        if (json) {
            new JsonLines(System.out).write(CorpusRows.fields(stats));
            return;
        }
        CorpusRows.print(System.out, stats);
    }

    private static CorpusException noDocument(String id) {
        return new CorpusException("no document '" + TerminalText.line(id) + "' in the corpus"
                + (id.length() < 4 ? " (an id prefix needs at least 4 characters)" : ""));
    }
}
