package org.parallax.server.api;

import java.io.IOException;
import java.nio.ByteBuffer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error responses (requests it refuses before the application sees them, such as a malformed URI or
 * oversized headers) as problems too, with the security headers, instead of Jetty's HTML page.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    /** A handler that never shows stack traces. */
    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ProblemJson.MEDIA_TYPE);
        fields.put("Content-Security-Policy", SecurityHeaders.CSP);
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Referrer-Policy", "no-referrer");
        return ByteBuffer.wrap(ApiJson.bytes(ProblemJson.body(problem(status, reason), null)));
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String reason = (String) request.getAttribute("jakarta.servlet.error.message");
        byte[] body = ApiJson.bytes(ProblemJson.body(problem(response.getStatus(), reason), target));
        response.setContentType(ProblemJson.MEDIA_TYPE);
        response.setHeader("Content-Security-Policy", SecurityHeaders.CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    private static ApiProblem problem(int status, String reason) {
        String why = reason == null || reason.isBlank() ? "the request is malformed" : reason;
        return new ApiProblem(status, "http-" + status, "HTTP " + status, "the server could not read this request ("
                + why + "); check the URL's percent-encoding and the size of the headers");
    }
}
