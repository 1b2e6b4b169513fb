package org.parallax.server.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WriteGuardTest {

    @Test
    void withoutTokenOnlyLoopbackPeersWrite() {
        WriteGuard open = new WriteGuard(null);
        assertDoesNotThrow(() -> open.check("127.0.0.1", null, null, "localhost:8080"));
        assertDoesNotThrow(() -> open.check("0:0:0:0:0:0:0:1", null, null, null));
        ApiProblem p = assertThrows(ApiProblem.class, () -> open.check("192.0.2.7", null, null, null));
        assertEquals(403, p.status());
        assertEquals("urn:parallax:problem:write-forbidden", p.type());
        assertTrue(p.detail().contains("--token"), p.detail());
    }

    @Test
    void withTokenEveryPeerNeedsTheBearerToken() {
        WriteGuard guarded = new WriteGuard("s3cret-token");
        assertDoesNotThrow(() -> guarded.check("192.0.2.7", "Bearer s3cret-token", null, null));
        assertDoesNotThrow(() -> guarded.check("127.0.0.1", "bearer  s3cret-token ", null, null));
        ApiProblem missing = assertThrows(ApiProblem.class, () -> guarded.check("127.0.0.1", null, null, null));
        assertEquals(401, missing.status());
        assertTrue(missing.detail().contains("Authorization: Bearer"), missing.detail());
        ApiProblem wrong = assertThrows(ApiProblem.class,
                () -> guarded.check("127.0.0.1", "Bearer s3cret-tokem", null, null));
        assertEquals(403, wrong.status());
        assertEquals(401, assertThrows(ApiProblem.class,
                () -> guarded.check("127.0.0.1", "Basic czNjcmV0", null, null)).status());
    }

    @Test
    void browserWritesFromAnotherSiteAreRefused() {
        WriteGuard open = new WriteGuard(null);
        assertDoesNotThrow(() -> open.check("127.0.0.1", null, "http://127.0.0.1:8080", "127.0.0.1:8080"));
        ApiProblem p = assertThrows(ApiProblem.class,
                () -> open.check("127.0.0.1", null, "https://evil.example", "127.0.0.1:8080"));
        assertEquals(403, p.status());
        assertEquals(403, assertThrows(ApiProblem.class,
                () -> open.check("127.0.0.1", null, "null", "127.0.0.1:8080")).status());
    }

    @Test
    void bearerParsingAndLoopbackDetection() {
        assertEquals("abc", WriteGuard.bearer("Bearer abc"));
        assertNull(WriteGuard.bearer("Bearer "));
        assertNull(WriteGuard.bearer("Token abc"));
        assertTrue(WriteGuard.isLoopback("127.0.0.2"));
        assertTrue(WriteGuard.isLoopback("[::1]"));
        assertFalse(WriteGuard.isLoopback("localhost.evil.example"));
        assertFalse(WriteGuard.isLoopback("10.0.0.1"));
        assertFalse(WriteGuard.isLoopback(null));
    }
}
