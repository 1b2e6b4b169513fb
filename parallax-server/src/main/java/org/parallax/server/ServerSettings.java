package org.parallax.server;

/**
 * How the server listens and what it accepts.
 *
 * @param host         the address to bind (default 127.0.0.1)
 * @param port         the port (0 picks a free one)
 * @param token        the bearer token writes need, or null: then writes are only accepted from loopback clients
 * @param maxBodyBytes the largest request body accepted (413 beyond it)
 */
public record ServerSettings(String host, int port, String token, long maxBodyBytes) {

    /** 127.0.0.1:8080, no token, 32 MiB bodies. */
    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 8080, null, 32L << 20);
    }
}
