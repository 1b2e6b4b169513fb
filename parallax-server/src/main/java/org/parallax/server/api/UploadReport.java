package org.parallax.server.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parallax.store.AddResult;

/** Joins the records of an upload with what the workspace did to the ones it was given, in input order. */
final class UploadReport {
    private UploadReport() {
    }

    /**
     * One result per record: the workspace's outcome for a record it was given (they come back in the order given),
     * the parse error for one it was not.
     */
    static ApiRoutes.UploadResult of(List<ArticleBatch.Item> items, AddResult added) {
        List<ApiRoutes.ItemResult> results = new ArrayList<>();
        int next = 0;
        int addedCount = 0;
        int duplicates = 0;
        int errors = 0;
        for (ArticleBatch.Item item : items) {
            if (item.article() == null) {
                results.add(new ApiRoutes.ItemResult(item.index(), item.line(), "error", null, null, item.error()));
                errors++;
                continue;
            }
            AddResult.Outcome o = added.outcomes().get(next++);
            switch (o.status()) {
                case ADDED -> addedCount++;
                case DUPLICATE -> duplicates++;
                case REJECTED -> errors++;
            }
            String status = o.status() == AddResult.Status.REJECTED ? "error"
                    : o.status().name().toLowerCase(Locale.ROOT);
            String message = o.status() == AddResult.Status.REJECTED
                    ? "line " + item.line() + ": " + (o.reason() == null ? "refused by the workspace" : o.reason())
                    : o.reason();
            results.add(new ApiRoutes.ItemResult(item.index(), item.line(), status, o.articleId(), o.eventId(),
                    message));
        }
        return new ApiRoutes.UploadResult(addedCount, duplicates, errors, results, added.touchedEventIds());
    }
}
