package org.vigie.web.internal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The guard in front of a servlet, in the Jetty the distribution runs, asked by plain
 * {@link HttpClient} requests: each refusal, and the token's way from the URL to the cookie.
 */
class AccessGuardHttpTest {

    static {
        // the JDK client refuses to set Host unless allowed; a DNS-rebound browser request sets it
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    private final AccessKeys keys = new AccessKeys();
    private final AccessKeys.Keys secrets = AccessKeys.fresh();
    private final HttpClient client = HttpClient.newHttpClient();
    private Server server;
    private int port;

    @BeforeEach
    void serve() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addFilter(new FilterHolder(new AccessGuard(keys)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.getWriter().write("served " + request.getMethod());
            }
        }), "/*");
        server.setHandler(context);
        server.start();
        port = connector.getLocalPort();
        keys.open(secrets);
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws Exception {
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String cookie() {
        return AccessGuard.tokenCookie(port) + "=" + secrets.token();
    }

    @Test
    void aRequestWithoutTheTokenIsRefusedWith401AndAReason() throws Exception {
        HttpResponse<String> response = send(request("/api/views"));
        assertEquals(401, response.statusCode());
        assertTrue(response.body().startsWith("jeton d'accès absent ou faux"), response.body());
    }

    @Test
    void theTokenInTheUrlSetsAnHttpOnlyStrictCookieAndLeavesTheAddress() throws Exception {
        HttpResponse<String> response = send(request("/vues/recherche?q=convention&token=" + secrets.token() + "&offset=20"));
        assertEquals(303, response.statusCode());
        assertEquals("/vues/recherche?q=convention&offset=20", response.headers().firstValue("Location").orElseThrow());
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertTrue(cookies.contains(cookie() + "; Path=/; HttpOnly; SameSite=Strict"), cookies.toString());
        assertTrue(cookies.contains(AccessGuard.csrfCookie(port) + "=" + secrets.csrf() + "; Path=/; SameSite=Strict"), cookies.toString());
        assertEquals("served GET", send(request("/vues/recherche", "Cookie", cookie())).body());
    }

    @Test
    void aForeignHostHeaderIsRefusedEvenWithTheToken() throws Exception {
        // what a DNS-rebound page sends: its own name, resolved to 127.0.0.1
        HttpResponse<String> response = send(request("/api/views", "Cookie", cookie(), "Authorization",
                "Bearer " + secrets.token()).setHeader("Host", "rebound.example:" + port));
        assertEquals(403, response.statusCode(), "the JDK client must send the Host header given");
    }

    @Test
    void aForeignOriginIsRefused() throws Exception {
        assertEquals(403, send(request("/api/views", "Cookie", cookie(), "Origin", "http://evil.example")).statusCode());
        assertEquals(200, send(request("/api/views", "Cookie", cookie(), "Origin", "http://127.0.0.1:" + port)).statusCode());
    }

    @Test
    void aPostWithoutTheCsrfHeaderIsRefusedAndWithItServed() throws Exception {
        HttpRequest.BodyPublisher empty = HttpRequest.BodyPublishers.noBody();
        assertEquals(403, send(request("/api/x", "Cookie", cookie()).POST(empty)).statusCode());
        assertEquals(403, send(request("/api/x", "Cookie", cookie(), AccessRules.CSRF_HEADER, "wrong").POST(empty)).statusCode());
        HttpResponse<String> served = send(request("/api/x", "Cookie", cookie(), AccessRules.CSRF_HEADER, secrets.csrf()).POST(empty));
        assertEquals("served POST", served.body());
    }

    @Test
    void everyAnswerForbidsFramingAndInlineScript() throws Exception {
        HttpResponse<String> response = send(request("/x", "Cookie", cookie()));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'self'"));
    }

    @Test
    void onceClosedTheOldTokenOpensNothing() throws Exception {
        keys.close();
        HttpResponse<String> response = send(request("/api/views", "Cookie", cookie()));
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("fermé"), response.body());
    }
}
