package org.parallax.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parallax.text.Sha256;

/**
 * Scores main-text extraction the way the trafilatura project scores it (its {@code tests/eval_common.py}): each
 * {@code with} snippet found in the extracted text is a true positive, each one not found a false negative; each
 * {@code without} snippet found is a false positive, each one not found a true negative. "Found" means a substring
 * after both sides have every run of whitespace made one space and are stripped. A page whose extraction failed
 * (null text) finds nothing. Precision, recall and F1 are computed from the counts summed over all pages (micro
 * average), see {@link ExtractionCounts}.
 *
 * <p>The split into a development half and a held-out half is by a hash of the page's file name, fixed before any
 * tuning, so that figures on the held-out half say how the rules generalise.
 */
public final class ExtractionEval {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionEval() {
    }

    /**
     * The counts of one page given the text extracted from it, snippets matched after whitespace normalisation.
     *
     * @param text the extracted text, or null when extraction failed
     */
    public static ExtractionCounts score(ExtractionPage page, String text) {
        return score(page, text, true);
    }

    /**
     * The counts of one page, matching snippets either after whitespace normalisation (as trafilatura's current
     * harness does) or as raw substrings (as its older {@code comparison.py} did).
     */
    public static ExtractionCounts score(ExtractionPage page, String text, boolean normaliseWhitespace) {
        if (text == null) {
            return new ExtractionCounts(0, 0, page.with().size(), page.without().size());
        }
        String haystack = normaliseWhitespace ? normalise(text) : text;
        int tp = 0;
        for (String snippet : page.with()) {
            if (haystack.contains(normaliseWhitespace ? normalise(snippet) : snippet)) {
                tp++;
            }
        }
        int fp = 0;
        for (String snippet : page.without()) {
            if (haystack.contains(normaliseWhitespace ? normalise(snippet) : snippet)) {
                fp++;
            }
        }
        return new ExtractionCounts(tp, fp, page.with().size() - tp, page.without().size() - fp);
    }

    /** {@code s} with every run of whitespace made one space, stripped. */
    static String normalise(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /**
     * True when the page belongs to the held-out half: the first byte of the SHA-256 of its file name (UTF-8) is
     * odd. The development half, used for tuning, is the rest.
     */
    public static boolean isHeldOut(ExtractionPage page) {
        return (Sha256.digest(page.file())[0] & 1) == 1;
    }

    /** The pages read from a benchmark file, and the number of lines that could not be read. */
    public record Pages(List<ExtractionPage> pages, int skipped) {
        public Pages {
            pages = List.copyOf(pages);
        }
    }

    /**
     * Reads a benchmark file of JSON Lines {@code {url, file, htmlBase64, with: [...], without: [...]}}, gzipped
     * when its name ends in {@code .gz}. Lines that are not such an object are counted and skipped.
     */
    public static Pages read(Path file) throws IOException {
        List<ExtractionPage> pages = new ArrayList<>();
        int skipped = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                ExtractionPage page = parse(line);
                if (page == null) {
                    skipped++;
                } else {
                    pages.add(page);
                }
            }
        }
        return new Pages(pages, skipped);
    }

    /** One line as a page, or null when it is not valid JSON with a file name, the HTML and snippet lists. */
    static ExtractionPage parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            JsonNode file = n.get("file");
            JsonNode html = n.get("htmlBase64");
            if (file == null || !file.isTextual() || html == null || !html.isTextual()) {
                return null;
            }
            return new ExtractionPage(n.path("url").asText(null), file.asText(),
                    Base64.getMimeDecoder().decode(html.asText()), strings(n.get("with")), strings(n.get("without")));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode s : array) {
                if (s.isTextual() && !s.asText().isBlank()) {
                    out.add(s.asText());
                }
            }
        }
        return out;
    }
}
