package org.vigie.web.internal.serve;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may use the workbench, decided from a request's parts alone: the holder of the access token
 * (query parameter once, then the cookie it sets, or an {@code Authorization: Bearer} header), on
 * this machine's loopback address and port (the {@code Host} header, against DNS rebinding),
 * from the workbench's own pages (the {@code Origin} header, when sent), and for a
 * state-changing method, with the CSRF value in {@code X-Vigie-CSRF}.
 */
public final class AccessRules {

    /** The header a state-changing request carries the CSRF value in. */
    public static final String CSRF_HEADER = "X-Vigie-CSRF";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** What to do with a request. */
    public enum Verdict {
        /** Serve it. */
        ALLOW(200, ""),
        /** The token came in the URL: set the cookies and redirect to the same address without it. */
        ALLOW_AND_REMEMBER(303, ""),
        /** No serving is open: nothing is accepted. */
        CLOSED(401, "le poste de travail web est fermé (web:serve l'ouvre)"),
        /** No token, or a wrong one. */
        NO_TOKEN(401, "jeton d'accès absent ou faux : ouvrez l'adresse affichée par web:serve"),
        /** A Host other than 127.0.0.1 or localhost on this port. */
        FOREIGN_HOST(403, "en-tête Host refusé : seul 127.0.0.1 ou localhost sur ce port est servi"),
        /** An Origin other than this server's. */
        FOREIGN_ORIGIN(403, "requête d'une autre origine refusée"),
        /** A state-changing request without the CSRF value. */
        NO_CSRF(403, "requête de modification sans jeton CSRF (en-tête " + CSRF_HEADER + ")");

        public final int status;
        public final String message;

        Verdict(int status, String message) {
            this.status = status;
            this.message = message;
        }
    }

    /** The parts of a request the rules read; null where the request has none. */
    public record Request(String method, int localPort, String host, String origin, String queryToken,
            String cookieToken, String bearerToken, String csrfHeader) {
    }

    private AccessRules() {
    }

    public static Verdict judge(Request request, Optional<AccessKeys.Keys> open) {
        if (open.isEmpty()) {
            return Verdict.CLOSED;
        }
        AccessKeys.Keys keys = open.get();
        if (!isLocal(request.host(), request.localPort())) {
            return Verdict.FOREIGN_HOST;
        }
        if (request.origin() != null && !isOwnOrigin(request.origin(), request.localPort())) {
            return Verdict.FOREIGN_ORIGIN;
        }
        boolean safe = SAFE_METHODS.contains(request.method().toUpperCase(Locale.ROOT));
        if (request.queryToken() != null) {
            if (!same(request.queryToken(), keys.token())) {
                return Verdict.NO_TOKEN;
            }
            if (safe) {
                return Verdict.ALLOW_AND_REMEMBER;
            }
        } else if (!same(request.cookieToken(), keys.token()) && !same(request.bearerToken(), keys.token())) {
            return Verdict.NO_TOKEN;
        }
        if (!safe && !same(request.csrfHeader(), keys.csrf())) {
            return Verdict.NO_CSRF;
        }
        return Verdict.ALLOW;
    }

    static boolean isLocal(String host, int port) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port);
    }

    static boolean isOwnOrigin(String origin, int port) {
        try {
            URI uri = URI.create(origin);
            return "http".equals(uri.getScheme()) && uri.getRawPath() != null && uri.getRawPath().isEmpty()
                    && isLocal(uri.getRawAuthority(), port);
        } catch (IllegalArgumentException e) {
            return false; // "null" or garbage: not this server
        }
    }

    /** Constant-time comparison, so the time of a refusal says nothing of the secret. */
    static boolean same(String given, String secret) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }
}
