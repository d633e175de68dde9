package org.vigie.shell.internal.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.felix.service.command.CommandSession;
import org.vigie.corpus.api.CorpusException;
import org.vigie.corpus.api.ImportOptions;

/**
 * The arguments of the corpus commands as Gogo hands them over: the paths and tags of
 * {@code corpus:import} (Gogo binds only the first --tag, later ones arrive among the paths) and
 * the query of {@code corpus:search}.
 */
final class CorpusArguments {
    private CorpusArguments() {
    }

    static List<Path> paths(CommandSession session, String[] args, List<String> tags) {
        Path base = session == null || session.currentDir() == null ? Path.of("") : session.currentDir();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--tag".equals(args[i]) && i + 1 < args.length) {
                tags.add(args[++i]);
            } else {
                String arg = args[i].startsWith("~/") ? System.getProperty("user.home") + args[i].substring(1) : args[i];
                paths.add(base.resolve(arg).normalize());
            }
        }
        if (paths.isEmpty()) {
            throw new CorpusException("cannot import: give at least one file or folder");
        }
        return paths;
    }

    static Map<String, String> tags(List<String> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String tag : tags) {
            for (String pair : tag.split(",")) {
                int eq = pair.indexOf('=');
                if (pair.isBlank()) {
                    continue;
                }
                if (eq <= 0) {
                    throw new CorpusException("cannot import: tag '" + pair.trim() + "' is not key=value");
                }
                map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return map;
    }

    /** The query as typed: Gogo hands an unquoted {@code [a TO b]} over as a list, put it back. */
    static String queryText(Object... words) {
        StringBuilder text = new StringBuilder();
        for (Object word : words) {
            boolean range = word instanceof List<?>;
            String part = range ? "[" + ((List<?>) word).stream().map(String::valueOf).collect(Collectors.joining(" ")) + "]"
                    : String.valueOf(word);
            boolean glued = range && text.length() > 0 && text.charAt(text.length() - 1) == ':';
            text.append(text.length() == 0 || glued ? "" : " ").append(part);
        }
        return text.toString();
    }

    /** The options of an import: {@code --source} and {@code --lang} when not blank, the tags from every {@code --tag}. */
    static ImportOptions options(String source, String lang, List<String> tags) {
        return new ImportOptions(blankToNull(source), blankToNull(lang), tags(tags));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
