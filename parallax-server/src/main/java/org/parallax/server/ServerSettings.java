package org.parallax.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * How the server listens and what it accepts.
 *
 * @param host            the address to bind (default 127.0.0.1)
 * @param port            the port (0 picks a free one)
 * @param token           the bearer token writes need, or null: then writes are only accepted from loopback clients
 * @param maxBodyBytes    the largest request body accepted (413 beyond it)
 * @param maxArticleChars the longest article text a write accepts, in characters (a per-article error beyond it)
 * @param cacheBytes      memory for serialised read responses of the current write generation (0: no cache)
 */
public record ServerSettings(String host, int port, String token, long maxBodyBytes, int maxArticleChars,
                             long cacheBytes) {

    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be an address or name, such as 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (maxBodyBytes < 1 || maxArticleChars < 1 || cacheBytes < 0) {
            throw new IllegalArgumentException("size limits must be at least 1 (the cache size at least 0)");
        }
        token = token == null || token.isEmpty() ? null : token;
    }

    /** Settings with the default article limit (1,000,000 characters) and a 64 MiB response cache. */
    public ServerSettings(String host, int port, String token, long maxBodyBytes) {
        this(host, port, token, maxBodyBytes, 1_000_000, 64L << 20);
    }

    /** 127.0.0.1:8080, no token, 32 MiB bodies, one-million-character articles, a 64 MiB response cache. */
    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 8080, null, 32L << 20);
    }

    /** These settings with another address and port. */
    public ServerSettings withAddress(String newHost, int newPort) {
        return new ServerSettings(newHost, newPort, token, maxBodyBytes, maxArticleChars, cacheBytes);
    }

    /** These settings with another token (null for none). */
    public ServerSettings withToken(String newToken) {
        return new ServerSettings(host, port, newToken, maxBodyBytes, maxArticleChars, cacheBytes);
    }

    /** These settings with other size limits. */
    public ServerSettings withLimits(long newMaxBodyBytes, int newMaxArticleChars) {
        return new ServerSettings(host, port, token, newMaxBodyBytes, newMaxArticleChars, cacheBytes);
    }

    /** These settings with another response cache size (0 turns the cache off). */
    public ServerSettings withCacheBytes(long newCacheBytes) {
        return new ServerSettings(host, port, token, maxBodyBytes, maxArticleChars, newCacheBytes);
    }

    /** Whether {@link #host} only accepts connections from this machine. */
    public boolean loopbackOnly() {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * What an operator should know before exposing the server: set when it listens beyond this machine without a
     * token, so that nobody believes remote clients can write.
     */
    public Optional<String> exposureWarning() {
        if (loopbackOnly() || token != null) {
            return Optional.empty();
        }
        return Optional.of("listening on " + host + " without a token: anyone who can reach it can read the workspace,"
                + " and writes (POST /api/v1/articles) are refused from every client but this machine; give --token"
                + " (or PARALLAX_TOKEN) to accept writes with 'Authorization: Bearer TOKEN'");
    }
}
