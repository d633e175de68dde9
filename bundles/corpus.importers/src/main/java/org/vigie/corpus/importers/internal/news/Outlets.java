package org.vigie.corpus.importers.internal.news;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * News outlets as they sign their articles ({@code Báo Nhân dân}, {@code Nhân Dân en ligne},
 * {@code VNA/CVN}) and as their web hosts name them ({@code nhandan.vn}). Unknown hosts are named
 * by the host itself without {@code www.}.
 */
final class Outlets {

    private record Outlet(String name, Pattern signature) {
    }

    private static final List<Outlet> NAMES = List.of(
            outlet("Nhân Dân", "(?:Báo\\s+)?Nhân\\s+Dân(?:\\s+en\\s+ligne)?"),
            outlet("VNA", "VNA(?:/CVN)?|Vietnam\\s+News\\s+Agency|Agence\\s+vietnamienne\\s+d'information"),
            outlet("Le Courrier du Vietnam", "Le\\s+Courrier\\s+du\\s+Vietnam|CVN"),
            outlet("VietnamPlus", "VietnamPlus"),
            outlet("Báo Tin tức", "Báo\\s+Tin\\s+tức"),
            outlet("AFP", "AFP"),
            outlet("Reuters", "Reuters"),
            outlet("Associated Press", "AP|Associated\\s+Press"));

    private static final Pattern DATELINE_REST = Pattern.compile("\\s*[-–—:|(].*", Pattern.DOTALL);

    private static final Map<String, String> HOSTS = Map.of(
            "nhandan.vn", "Nhân Dân",
            "fr.nhandan.vn", "Nhân Dân",
            "baotintuc.vn", "Báo Tin tức",
            "vietnamplus.vn", "VietnamPlus",
            "vnanet.vn", "VNA",
            "vietnam.vnanet.vn", "VNA",
            "lecourrier.vn", "Le Courrier du Vietnam",
            "interpol.int", "INTERPOL",
            "europol.europa.eu", "Europol");

    private Outlets() {
    }

    private static Outlet outlet(String name, String regex) {
        return new Outlet(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The outlet when the whole line is an outlet's signature ({@code VNA/CVN}, {@code Báo Nhân dân}). */
    static Optional<String> signature(String line) {
        String trimmed = line.strip();
        return NAMES.stream().filter(o -> o.signature().matcher(trimmed).matches()).map(Outlet::name).findFirst();
    }

    /** The outlet a dateline or byline starts with ({@code Nhân Dân en ligne - Une délégation...}). */
    static Optional<String> leading(String line) {
        String trimmed = line.strip();
        for (Outlet outlet : NAMES) {
            var m = outlet.signature().matcher(trimmed);
            if (m.lookingAt() && DATELINE_REST.matcher(trimmed.substring(m.end())).matches()) {
                return Optional.of(outlet.name());
            }
        }
        return Optional.empty();
    }

    /** The first outlet named anywhere in a short line, e.g. a byline {@code Báo Nhân dân26/10/2025}. */
    static Optional<String> mentioned(String line) {
        return NAMES.stream().filter(o -> o.signature().matcher(line).find()).map(Outlet::name).findFirst();
    }

    /** The outlet behind an article URL: a known host's name, else the host without {@code www.}. */
    static Optional<String> fromUrl(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            return Optional.of(HOSTS.getOrDefault(host, host));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
