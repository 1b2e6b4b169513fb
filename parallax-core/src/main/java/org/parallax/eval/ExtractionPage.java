package org.parallax.eval;

import java.util.List;
import java.util.Objects;

/**
 * One page of a main-text extraction benchmark (the trafilatura evaluation set's format).
 *
 * @param url     the page's address
 * @param file    the page's file name in the benchmark; names the page in reports and decides its split
 * @param html    the page's bytes as served, in any encoding
 * @param with    snippets the extracted main text must contain
 * @param without snippets the extracted main text must not contain
 */
public record ExtractionPage(String url, String file, byte[] html, List<String> with, List<String> without) {

    public ExtractionPage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(html, "html");
        with = List.copyOf(with);
        without = List.copyOf(without);
    }
}
