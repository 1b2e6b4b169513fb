package org.parallax.server.api;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.util.Locale;
import org.parallax.text.Sha256;

/**
 * Decides who may write. Without a token, only clients on this machine (loopback peers); with a token, only
 * requests carrying {@code Authorization: Bearer TOKEN}, wherever they come from. Either way a browser request from
 * another site (an {@code Origin} header that is not this server) is refused, so a page the user visits cannot post
 * articles through the user's browser.
 */
public final class WriteGuard {
    private final byte[] tokenDigest;

    /** A guard for {@code token}, or for loopback-only writes when it is null. */
    public WriteGuard(String token) {
        this.tokenDigest = token == null ? null : Sha256.digest(token);
    }

    /**
     * Checks one write request.
     *
     * @param remoteAddress the peer's IP address
     * @param authorization the Authorization header, or null
     * @param origin        the Origin header, or null
     * @param host          the Host header, or null
     * @throws ApiProblem 401 when a token is needed and missing, 403 when it is wrong or the peer may not write
     */
    public void check(String remoteAddress, String authorization, String origin, String host) {
        if (origin != null && !sameOrigin(origin, host)) {
            throw new ApiProblem(403, "cross-origin-write", "Cross-origin write refused",
                    "writes from a web page of another site (Origin " + origin + ") are refused; send the request "
                            + "from a program such as curl, or from this server's own pages");
        }
        if (tokenDigest == null) {
            if (!isLoopback(remoteAddress)) {
                throw new ApiProblem(403, "write-forbidden", "Writes only from this machine",
                        "this server has no token, so it accepts writes only from clients on its own machine; "
                                + "run the client there, or restart the server with --token TOKEN (or "
                                + "PARALLAX_TOKEN) and send 'Authorization: Bearer TOKEN'");
            }
            return;
        }
        String given = bearer(authorization);
        if (given == null) {
            throw new ApiProblem(401, "token-required", "Token required",
                    "this server requires a token for writes: send 'Authorization: Bearer TOKEN' with the token "
                            + "the server was started with (--token or PARALLAX_TOKEN)");
        }
        // comparing digests of equal length in constant time: neither the token's content nor its length leaks
        if (!MessageDigest.isEqual(tokenDigest, Sha256.digest(given))) {
            throw new ApiProblem(403, "token-invalid", "Token not accepted",
                    "the bearer token does not match the server's; send the token the server was started with");
        }
    }

    /** The token of a {@code Bearer} Authorization header, or null. */
    static String bearer(String authorization) {
        if (authorization == null) {
            return null;
        }
        String a = authorization.strip();
        if (a.length() < 7 || !a.substring(0, 7).equalsIgnoreCase("bearer ")) {
            return null;
        }
        String token = a.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    /** Whether an IP address literal is a loopback address (no name lookup happens for a literal). */
    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String a = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        if (!a.contains(":") && !a.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            return false; // a name, not an address: never resolved here
        }
        try {
            return InetAddress.getByName(a).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether an Origin header names the host the request was sent to. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

}
