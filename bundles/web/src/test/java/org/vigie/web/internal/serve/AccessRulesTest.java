package org.vigie.web.internal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigie.web.internal.serve.AccessRules.Verdict;

class AccessRulesTest {

    private static final AccessKeys.Keys KEYS = new AccessKeys.Keys("tok", "csrf");
    private static final int PORT = 8765;

    private static AccessRules.Request get(String host, String origin, String query, String cookie) {
        return new AccessRules.Request("GET", PORT, host, origin, query, cookie, null, null);
    }

    private static AccessRules.Request post(String cookie, String csrf) {
        return new AccessRules.Request("POST", PORT, "127.0.0.1:" + PORT, null, null, cookie, null, csrf);
    }

    @Test
    void nothingIsServedWhileTheWorkbenchIsClosed() {
        assertEquals(Verdict.CLOSED, AccessRules.judge(get("127.0.0.1:8765", null, null, "tok"), Optional.empty()));
    }

    @Test
    void theTokenInTheUrlIsRememberedAndTheCookieThenSuffices() {
        assertEquals(Verdict.ALLOW_AND_REMEMBER, AccessRules.judge(get("127.0.0.1:8765", null, "tok", null), Optional.of(KEYS)));
        assertEquals(Verdict.ALLOW, AccessRules.judge(get("localhost:8765", null, null, "tok"), Optional.of(KEYS)));
    }

    @Test
    void aMissingOrWrongTokenIsRefused() {
        assertEquals(Verdict.NO_TOKEN, AccessRules.judge(get("127.0.0.1:8765", null, null, null), Optional.of(KEYS)));
        assertEquals(Verdict.NO_TOKEN, AccessRules.judge(get("127.0.0.1:8765", null, "tok2", null), Optional.of(KEYS)));
        assertEquals(Verdict.NO_TOKEN, AccessRules.judge(get("127.0.0.1:8765", null, null, "to"), Optional.of(KEYS)));
    }

    @Test
    void aForeignHostIsRefusedEvenWithTheToken() {
        assertEquals(Verdict.FOREIGN_HOST, AccessRules.judge(get("evil.example:8765", null, null, "tok"), Optional.of(KEYS)));
        assertEquals(Verdict.FOREIGN_HOST, AccessRules.judge(get("127.0.0.1:9999", null, null, "tok"), Optional.of(KEYS)));
        assertEquals(Verdict.FOREIGN_HOST, AccessRules.judge(get(null, null, null, "tok"), Optional.of(KEYS)));
        assertEquals(Verdict.FOREIGN_HOST, AccessRules.judge(get("127.0.0.1", null, null, "tok"), Optional.of(KEYS)));
    }

    @Test
    void aForeignOriginIsRefusedAndTheOwnOneAccepted() {
        assertEquals(Verdict.FOREIGN_ORIGIN, AccessRules.judge(get("127.0.0.1:8765", "http://evil.example", null, "tok"), Optional.of(KEYS)));
        assertEquals(Verdict.FOREIGN_ORIGIN, AccessRules.judge(get("127.0.0.1:8765", "null", null, "tok"), Optional.of(KEYS)));
        assertEquals(Verdict.FOREIGN_ORIGIN, AccessRules.judge(get("127.0.0.1:8765", "https://127.0.0.1:8765", null, "tok"), Optional.of(KEYS)));
        assertEquals(Verdict.ALLOW, AccessRules.judge(get("127.0.0.1:8765", "http://localhost:8765", null, "tok"), Optional.of(KEYS)));
    }

    @Test
    void aStateChangingRequestNeedsTheCsrfValueBesidesTheToken() {
        assertEquals(Verdict.NO_CSRF, AccessRules.judge(post("tok", null), Optional.of(KEYS)));
        assertEquals(Verdict.NO_CSRF, AccessRules.judge(post("tok", "tok"), Optional.of(KEYS)));
        assertEquals(Verdict.NO_TOKEN, AccessRules.judge(post(null, "csrf"), Optional.of(KEYS)));
        assertEquals(Verdict.ALLOW, AccessRules.judge(post("tok", "csrf"), Optional.of(KEYS)));
    }

    @Test
    void aTokenInThePostUrlDoesNotReplaceTheCsrfValue() {
        AccessRules.Request request = new AccessRules.Request("POST", PORT, "127.0.0.1:8765", null, "tok", null, null, null);
        assertEquals(Verdict.NO_CSRF, AccessRules.judge(request, Optional.of(KEYS)));
    }

    @Test
    void aBearerTokenOpensLikeTheCookie() {
        AccessRules.Request request = new AccessRules.Request("GET", PORT, "127.0.0.1:8765", null, null, null, "tok", null);
        assertEquals(Verdict.ALLOW, AccessRules.judge(request, Optional.of(KEYS)));
    }
}
