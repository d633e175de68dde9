package org.vigie.shell.internal.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vigie.curation.api.CurationException;
import org.vigie.curation.api.CurationLog;
import org.vigie.curation.api.Decision;
import org.vigie.entities.api.Entity;
import org.vigie.entities.api.EntityIndex;
import org.vigie.shell.internal.format.TerminalText;

/**
 * The analyst's corrections to the entities, each one decision appended to the workspace's
 * curation log and applied whenever entities are read: merge, split, rename, retype, reject, undo.
 */
@Component(service = CurationCommands.class)
@GogoCommand(scope = "entities", function = {"merge", "split", "rename", "retype", "reject", "undo"})
public class CurationCommands {
    private final EntityIndex index;
    private final CurationLog log;

    @Activate
    public CurationCommands(@Reference EntityIndex index, @Reference CurationLog log) {
        this.index = index;
        this.log = log;
    }

    @Descriptor("Makes entities one: the others become the first, named as it is or --as NAME."
            + " Example: entities:merge ONUDC UNODC --note \"sigle anglais\"")
    public Object merge(@Descriptor("the name kept") @Parameter(names = "--as", absentValue = "") String as,
            @Descriptor("why") @Parameter(names = "--note", absentValue = "") String note,
            @Descriptor("the entities, each quoted: names, aliases or keys") String... names) {
        if (names.length < 2) {
            throw new CurationException("say which entities are one: give at least two names, each quoted");
        }
        List<Entity> entities = CuratedNames.entities(index, names);
        String kept = as.isBlank() ? entities.get(0).name() : as.strip();
        return done(log.record(Decision.ENTITY_MERGE, entities.stream().map(Entity::key).toList(), Map.of("as", kept), note));
    }

    @Descriptor("Makes the mentions in some documents a separate entity."
            + " Example: entities:split \"Nguyen Van An\" --documents 3f2a9c1b0d4e")
    public Object split(@Descriptor("the documents (ids or their 12-character prefixes)")
            @Parameter(names = "--documents", absentValue = "") String documents,
            @Descriptor("why") @Parameter(names = "--note", absentValue = "") String note,
            @Descriptor("the entity (quoted), then more document ids") String... args) {
        if (args.length == 0) {
            throw new CurationException("say which entity to split: entities:split NAME --documents ID...");
        }
        Entity entity = CuratedNames.entity(index, args[0]);
        Set<String> ids = new LinkedHashSet<>();
        List<String> given = new ArrayList<>(Arrays.asList(documents.split(",")));
        given.addAll(Arrays.asList(args).subList(1, args.length));
        given.stream().filter(id -> !id.isBlank()).forEach(id -> ids.add(CuratedNames.document(index, entity, id)));
        if (ids.isEmpty()) {
            throw new CurationException("say which documents make the other entity: --documents ID...");
        }
        if (ids.containsAll(index.documents(entity.key()))) {
            throw new CurationException("those are all the documents naming " + TerminalText.line(entity.name())
                    + ": rename or retype it instead");
        }
        return done(log.record(Decision.ENTITY_SPLIT, List.of(entity.key()), Map.of("documents", String.join(",", ids)),
                note));
    }

    @Descriptor("Gives an entity another name. Example: entities:rename \"ONUDC\" \"Office des Nations unies contre la drogue et le crime\"")
    public Object rename(@Descriptor("why") @Parameter(names = "--note", absentValue = "") String note,
            @Descriptor("the entity (quoted)") String name, @Descriptor("its new name (quoted)") String newName) {
        Entity entity = CuratedNames.entity(index, name);
        if (newName.isBlank()) {
            throw new CurationException("say the new name of " + TerminalText.line(entity.name()));
        }
        return done(log.record(Decision.ENTITY_RENAME, List.of(entity.key()), Map.of("name", newName.strip()), note));
    }

    @Descriptor("Gives an entity another type. Example: entities:retype \"Convention de Hanoï\" LAW")
    public Object retype(@Descriptor("why") @Parameter(names = "--note", absentValue = "") String note,
            @Descriptor("the entity (quoted)") String name, @Descriptor("its type: PERSON, ORGANIZATION, LOCATION, EVENT, LAW or a plugin's") String type) {
        Entity entity = CuratedNames.entity(index, name);
        var newType = EntityRows.typeOf(type);
        if (!newType.isEntity()) {
            throw new CurationException(newType + " annotates text and names no entity: use PERSON, ORGANIZATION, ...");
        }
        return done(log.record(Decision.ENTITY_RETYPE, List.of(entity.key()), Map.of("type", newType.name()), note));
    }

    @Descriptor("Says a name is no entity, everywhere or in one document. Example: entities:reject Le --document 3f2a9c1b0d4e")
    public Object reject(@Descriptor("only in this document") @Parameter(names = "--document", absentValue = "") String document,
            @Descriptor("why") @Parameter(names = "--note", absentValue = "") String note,
            @Descriptor("the entity's name, an alias, or its key") String... name) {
        Entity entity = CuratedNames.entity(index, String.join(" ", name));
        Map<String, String> arguments = document.isBlank() ? Map.of()
                : Map.of("document", CuratedNames.document(index, entity, document));
        return done(log.record(Decision.ENTITY_REJECT, List.of(entity.key()), arguments, note));
    }

    @Descriptor("Undoes the newest decisions in force (kept in the history). Example: entities:undo 2")
    public Object undo(@Descriptor("why") @Parameter(names = "--note", absentValue = "") String note,
            @Descriptor("how many decisions (default 1)") String... count) {
        int n;
        try {
            n = count.length == 0 ? 1 : Integer.parseInt(count[0].strip());
        } catch (NumberFormatException e) {
            throw new CurationException("'" + TerminalText.line(count[0]) + "' is not a number of decisions to undo");
        }
        for (Decision d : log.undo(n, note)) {
            System.out.println("undone " + DecisionRows.shortId(d) + ": " + TerminalText.line(DecisionRows.what(d)));
        }
        return null;
    }

    private Object done(Decision d) {
        System.out.println("decision " + DecisionRows.shortId(d) + ": " + TerminalText.line(DecisionRows.what(d)));
        return null;
    }
}
