package org.vigie.web.internal.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.Preprocessor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The workbench's door: a Servlet Whiteboard {@link Preprocessor}, so it runs before every request
 * reaches any servlet, resource or context of the HTTP runtime, the plugins' views included.
 * Applies {@link AccessRules}; a refused request gets its status and a one-line French reason.
 */
@Component(service = Preprocessor.class)
public class AccessGuard implements Preprocessor {

    private final AccessKeys keys;

    @Activate
    public AccessGuard(@Reference AccessKeys keys) {
        this.keys = keys;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        int port = request.getLocalPort();
        AccessRules.Verdict verdict = AccessRules.judge(parts(request, port), keys.current());
        secureHeaders(response);
        switch (verdict) {
            case ALLOW -> chain.doFilter(request, response);
            case ALLOW_AND_REMEMBER -> remember(request, response, port);
            default -> refuse(response, verdict);
        }
    }

    static AccessRules.Request parts(HttpServletRequest request, int port) {
        String authorization = request.getHeader("Authorization");
        String bearer = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : null;
        return new AccessRules.Request(request.getMethod(), port, request.getHeader("Host"), request.getHeader("Origin"),
                request.getParameter("token"), cookie(request, tokenCookie(port)), bearer,
                request.getHeader(AccessRules.CSRF_HEADER));
    }

    /** Cookies are shared by every port of a host: the port in the name keeps two workbenches apart. */
    public static String tokenCookie(int port) {
        return "vigie_token_" + port;
    }

    /** The cookie the pages read the CSRF value from (not HttpOnly, on purpose; SameSite=Strict). */
    public static String csrfCookie(int port) {
        return "vigie_csrf_" + port;
    }

    private void remember(HttpServletRequest request, HttpServletResponse response, int port) {
        AccessKeys.Keys current = keys.current().orElseThrow();
        response.addHeader("Set-Cookie", tokenCookie(port) + "=" + current.token() + "; Path=/; HttpOnly; SameSite=Strict");
        response.addHeader("Set-Cookie", csrfCookie(port) + "=" + current.csrf() + "; Path=/; SameSite=Strict");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        // the same page without the token: it leaves the address bar and the history
        response.setHeader("Location", withoutToken(request.getRequestURI(), request.getQueryString()));
    }

    /** The path and query with the {@code token} parameter taken out, the others kept as they came. */
    static String withoutToken(String path, String query) {
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> !p.equals("token") && !p.startsWith("token=")).collect(Collectors.joining("&"));
        return kept.isEmpty() ? path : path + "?" + kept;
    }

    private static void refuse(HttpServletResponse response, AccessRules.Verdict verdict) throws IOException {
        response.setStatus(verdict.status);
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write((verdict.message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void secureHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; form-action 'self'");
        response.setHeader("Cache-Control", "no-store");
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
