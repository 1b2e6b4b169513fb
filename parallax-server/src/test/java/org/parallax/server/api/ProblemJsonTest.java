package org.parallax.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProblemJsonTest {

    @Test
    void problemHasTheRfc9457MembersInOrderThenExtensions() {
        ApiProblem p = ApiProblem.badParameter("size", "size must be a whole number from 1 to 100, was '1000'");
        assertEquals("{\"type\":\"urn:parallax:problem:bad-parameter\",\"title\":\"Invalid parameter: size\","
                + "\"status\":400,\"detail\":\"size must be a whole number from 1 to 100, was '1000'\","
                + "\"instance\":\"/api/v1/events\"}",
                new String(ApiJson.bytes(ProblemJson.body(p, "/api/v1/events")), StandardCharsets.UTF_8));
        ApiProblem withResults = new ApiProblem(400, "no-articles-accepted", "No article accepted", "fix them")
                .with("results", List.of(1, 2));
        assertEquals("{\"type\":\"urn:parallax:problem:no-articles-accepted\",\"title\":\"No article accepted\","
                + "\"status\":400,\"detail\":\"fix them\",\"instance\":\"/x\",\"results\":[1,2]}",
                new String(ApiJson.bytes(ProblemJson.body(withResults, "/x")), StandardCharsets.UTF_8));
    }
}
