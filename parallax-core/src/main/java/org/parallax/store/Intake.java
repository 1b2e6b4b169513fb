package org.parallax.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parallax.clean.Cleaner;
import org.parallax.model.Article;
import org.parallax.model.Problem;
import org.parallax.model.RawArticle;

/**
 * The first step of an addition: cleans each input, refuses what cannot be stored, recognises duplicates (of a
 * stored article or of an earlier one in the batch) and gives a fresh id to a new article whose id is taken.
 * Decides nothing else; pure apart from looking up what is stored.
 */
final class Intake {

    /** What the workspace already holds, as far as the intake needs to know. */
    interface Stored {
        /** The id of a stored article with this normalised URL, or null. */
        String idByUrl(String normalizedUrl);

        /** The id of a stored article with this text hash, or null. */
        String idByTextHash(String textHash);

        /** Whether an article with this id is stored. */
        boolean hasId(String id);
    }

    /** A new article to store, with its fingerprints and its input position. */
    record Accepted(int input, Article article, String normalizedUrl, String textHash) {
    }

    /** An input that is not stored: a duplicate (naming the original) or a refusal. */
    record Turned(int input, AddResult.Status status, String originalId, String reason) {
    }

    /** The outcome of the intake, in input order. */
    record Result(List<Accepted> accepted, List<Turned> turned) {
    }

    private final Cleaner cleaner;
    private final int maxTextChars;

    Intake(Cleaner cleaner, int maxTextChars) {
        this.cleaner = cleaner;
        this.maxTextChars = maxTextChars;
    }

    /** Cleans (in parallel) and sorts the inputs; problems are added in input order. */
    Result take(List<RawArticle> inputs, Stored stored, List<Problem> problems) {
        List<Object> cleaned = inputs.parallelStream().map(this::clean).toList();
        List<Accepted> accepted = new ArrayList<>();
        List<Turned> turned = new ArrayList<>();
        Map<String, String> batchUrls = new HashMap<>();
        Map<String, String> batchHashes = new HashMap<>();
        Set<String> batchIds = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            RawArticle raw = inputs.get(i);
            if (cleaned.get(i) instanceof String refusal) {
                problems.add(Problem.skipped(raw.origin(), 0, refusal));
                turned.add(new Turned(i, AddResult.Status.REJECTED, null, refusal));
                continue;
            }
            Article a = (Article) cleaned.get(i);
            String url = Fingerprints.normalizedUrl(a.url());
            String hash = Fingerprints.textHash(a.text());
            Turned duplicate = duplicate(i, url, hash, batchUrls, batchHashes, stored);
            if (duplicate != null) {
                turned.add(duplicate);
                continue;
            }
            if (stored.hasId(a.id()) || batchIds.contains(a.id())) {
                String fresh = freshId(a.id(), stored, batchIds);
                problems.add(Problem.warning(raw.origin(), 0, "article id '" + a.id()
                        + "' is already taken by another article: stored as '" + fresh + "'"));
                a = new Article(fresh, a.title(), a.outlet(), a.author(), a.published(), a.url(), a.language(),
                        a.text(), a.removed());
            }
            batchIds.add(a.id());
            if (url != null) {
                batchUrls.putIfAbsent(url, a.id());
            }
            batchHashes.putIfAbsent(hash, a.id());
            accepted.add(new Accepted(i, a, url, hash));
        }
        return new Result(accepted, turned);
    }

    /** The cleaned article, or the reason (a String) it is refused. */
    private Object clean(RawArticle raw) {
        if (raw.text().length() > maxTextChars) {
            return "text of " + raw.text().length() + " characters is longer than the workspace accepts ("
                    + maxTextChars + "): split it, or raise the limit";
        }
        Article a;
        try {
            a = cleaner.clean(raw);
        } catch (RuntimeException e) {
            return "could not be cleaned (" + e + ")";
        }
        if (a.text().isBlank()) {
            return "no text left after cleaning";
        }
        return a;
    }

    private static Turned duplicate(int input, String url, String hash, Map<String, String> batchUrls,
                                    Map<String, String> batchHashes, Stored stored) {
        if (url != null) {
            String original = batchUrls.get(url);
            if (original == null) {
                original = stored.idByUrl(url);
            }
            if (original != null) {
                return new Turned(input, AddResult.Status.DUPLICATE, original, "same URL as article " + original);
            }
        }
        String original = batchHashes.get(hash);
        if (original == null) {
            original = stored.idByTextHash(hash);
        }
        return original == null ? null
                : new Turned(input, AddResult.Status.DUPLICATE, original, "same text as article " + original);
    }

    /** The id with the first free suffix {@code ~2}, {@code ~3}, ... */
    private static String freshId(String id, Stored stored, Set<String> batchIds) {
        for (int k = 2; ; k++) {
            String candidate = id + "~" + k;
            if (!stored.hasId(candidate) && !batchIds.contains(candidate)) {
                return candidate;
            }
        }
    }
}
