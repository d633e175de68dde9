package org.vigie.shell.internal.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The shell commands registered in the framework (services with a scope and functions), Vigie's scopes first. */
public final class CommandRegistry {

    /** Vigie's command scopes, in the order help lists them; the batch runner waits for them and searches them first. */
    public static final List<String> VIGIE_SCOPES = List.of("vigie", "corpus", "entities", "report", "plugins", "store");

    private final BundleContext context;

    public CommandRegistry(BundleContext context) {
        this.context = context;
    }

    /** Command names by scope: Vigie's scopes in their order, then the others alphabetically. */
    public Map<String, List<String>> byScope() {
        Map<String, List<String>> sorted = new TreeMap<>();
        for (ServiceReference<?> ref : references()) {
            sorted.computeIfAbsent(scopeOf(ref), s -> new ArrayList<>()).addAll(functions(ref));
        }
        sorted.values().forEach(list -> list.sort(null));
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        VIGIE_SCOPES.stream().filter(sorted::containsKey).forEach(scope -> ordered.put(scope, sorted.remove(scope)));
        ordered.putAll(sorted);
        return ordered;
    }

    public List<ServiceReference<?>> references() {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(&(osgi.command.scope=*)(osgi.command.function=*))");
            return refs == null ? List.of() : Arrays.asList(refs);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String scopeOf(ServiceReference<?> ref) {
        return String.valueOf(ref.getProperty("osgi.command.scope"));
    }

    static List<String> functions(ServiceReference<?> ref) {
        Object functions = ref.getProperty("osgi.command.function");
        return functions instanceof String[] f ? Arrays.asList(f) : List.of(String.valueOf(functions));
    }
}
