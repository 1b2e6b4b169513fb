package org.parallax.server.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the API refuses, thrown by a handler and written as an RFC 9457 {@code application/problem+json}
 * response by {@link ProblemJson}. The detail always says what the client should do instead.
 */
public final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The prefix of every problem type: a name, not a page to fetch (they are listed in the OpenAPI file). */
    public static final String TYPE_PREFIX = "urn:parallax:problem:";

    private final int status;
    private final String slug;
    private final String title;
    private final transient Map<String, Object> extensions;

    /**
     * @param status the HTTP status
     * @param slug   the problem kind, the last part of its type ({@code bad-parameter})
     * @param title  a short summary of the kind, the same for every occurrence
     * @param detail what was wrong with this request and what to do instead
     */
    public ApiProblem(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    private ApiProblem(int status, String slug, String title, String detail, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.extensions = new LinkedHashMap<>(extensions);
    }

    /** A query or path parameter that is missing or out of range. */
    public static ApiProblem badParameter(String name, String detail) {
        return new ApiProblem(400, "bad-parameter", "Invalid parameter: " + name, detail);
    }

    /** A resource that does not exist. */
    public static ApiProblem notFound(String what, String detail) {
        return new ApiProblem(404, "not-found", what + " not found", detail);
    }

    /** This problem with an extension member (RFC 9457 section 3.2), such as per-line results. */
    public ApiProblem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new ApiProblem(status, slug, title, getMessage(), more);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The problem type URI. */
    public String type() {
        return TYPE_PREFIX + slug;
    }

    /** The short summary. */
    public String title() {
        return title;
    }

    /** What was wrong and what to do. */
    public String detail() {
        return getMessage();
    }

    /** Extension members, in the order added. */
    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }
}
