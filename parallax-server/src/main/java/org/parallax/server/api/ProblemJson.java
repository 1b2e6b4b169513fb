package org.parallax.server.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

/**
 * Writes problems as {@code application/problem+json} (RFC 9457): {@code type, title, status, detail, instance}
 * and any extension members, never a stack trace.
 */
public final class ProblemJson {
    /** The media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    /** The problem's JSON object; {@code instance} is the request path it happened on. */
    public static Map<String, Object> body(ApiProblem problem, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("instance", instance);
        problem.extensions().forEach(body::putIfAbsent);
        return body;
    }

    /** Answers the request with {@code problem}, replacing whatever body was set. */
    public static void write(Context ctx, ApiProblem problem) {
        ctx.status(problem.status());
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"parallax\"");
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(MEDIA_TYPE);
        ctx.result(ApiJson.bytes(body(problem, ctx.path())));
    }
}
