package org.parallax.server.ui;

/**
 * A rendered page and the Content-Security-Policy to send with it.
 *
 * @param html                  the whole document
 * @param contentSecurityPolicy the policy: scripts and styles only from this server's {@code /static}, plus, when
 *                              the page carries a style element, that element allowed by its hash
 */
record UiPage(String html, String contentSecurityPolicy) {
}
