package org.vigie.shell.internal.command;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vigie.shell.internal.format.TerminalText;

/**
 * {@code help}: the commands, with Vigie's scopes first, and for one command its description,
 * options, parameters and example. Reads the {@code @Descriptor} and {@code @Parameter}
 * annotations of the command's methods (also those named {@code _import} for keywords, which
 * Felix's own help does not find); other commands are explained by {@code felix:help}.
 */
@Component(service = HelpCommand.class)
@GogoCommand(scope = "vigie", function = "help")
public class HelpCommand {
    private final BundleContext context;
    private final CommandRegistry commands;

    @Activate
    public HelpCommand(BundleContext context) {
        this.context = context;
        this.commands = new CommandRegistry(context);
    }

    @Descriptor("Lists the commands, or explains one. Example: help corpus:import")
    public void help(CommandSession session) {
        Map<String, List<String>> byScope = commands.byScope();
        for (String scope : CommandRegistry.VIGIE_SCOPES) {
            List<String> names = byScope.remove(scope);
            if (names != null) {
                System.out.println(TerminalText.line(scope + ":  " + String.join("  ", names)));
            }
        }
        System.out.println();
        System.out.println(TerminalText.line("also:  " + String.join("  ", byScope.keySet()))
                + "  (help felix:lb, help gogo:grep, ...)");
        System.out.println("help SCOPE:COMMAND explains one command, e.g. help corpus:search");
    }

    @Descriptor("Lists the commands, or explains one. Example: help corpus:import")
    public void help(CommandSession session, @Descriptor("a command, e.g. corpus:import") String command) throws Exception {
        String scope = command.contains(":") ? command.substring(0, command.indexOf(':')) : null;
        String name = command.substring(command.indexOf(':') + 1);
        for (ServiceReference<?> ref : commands.references()) {
            String scopeOfRef = CommandRegistry.scopeOf(ref);
            if ((scope == null || scope.equals(scopeOfRef)) && CommandRegistry.functions(ref).contains(name)
                    && CommandRegistry.VIGIE_SCOPES.contains(scopeOfRef)) {
                explain(ref, scopeOfRef + ":" + name, name);
                return;
            }
        }
        Object explained = session.execute("felix:help " + command);
        if (explained != null) {
            System.out.println(TerminalText.block(String.valueOf(explained)));
        }
    }

    private void explain(ServiceReference<?> ref, String full, String name) {
        Object service = context.getService(ref);
        try {
            Method[] methods = Arrays.stream(service.getClass().getMethods())
                    .filter(m -> m.getName().equals(name) || m.getName().equals("_" + name))
                    .sorted(Comparator.comparingInt(Method::getParameterCount)).toArray(Method[]::new);
            for (Method method : methods) {
                System.out.println(full + " - " + describe(method.getAnnotations()));
                printUsage(full, method);
            }
        } finally {
            context.ungetService(ref);
        }
    }

    private static void printUsage(String full, Method method) {
        List<String> options = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        StringBuilder usage = new StringBuilder("   usage: ").append(full);
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getType() == CommandSession.class) {
                continue;
            }
            org.apache.felix.service.command.Parameter option =
                    parameter.getAnnotation(org.apache.felix.service.command.Parameter.class);
            String text = describe(parameter.getAnnotations());
            if (option != null) {
                boolean flag = !org.apache.felix.service.command.Parameter.UNSPECIFIED.equals(option.presentValue());
                String names = String.join(", ", option.names());
                usage.append(" [").append(option.names()[0]).append(flag ? "" : " VALUE").append(']');
                String dflt = flag || option.absentValue().isEmpty() ? "" : " (default " + option.absentValue() + ")";
                options.add(String.format("      %-14s %s%s", names, text, dflt));
            } else {
                String arg = parameter.getType().isArray() ? "ARG..." : "ARG";
                usage.append(' ').append(arg);
                arguments.add(String.format("      %-14s %s", arg, text));
            }
        }
        System.out.println(TerminalText.line(usage));
        if (!options.isEmpty()) {
            System.out.println("   options:");
            options.forEach(o -> System.out.println(TerminalText.line(o)));
        }
        if (!arguments.isEmpty()) {
            System.out.println("   arguments:");
            arguments.forEach(System.out::println);
        }
    }

    private static String describe(Annotation[] annotations) {
        return Arrays.stream(annotations).filter(Descriptor.class::isInstance)
                .map(a -> TerminalText.line(((Descriptor) a).value())).findFirst().orElse("");
    }

}
