package org.parallax.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit, and stops reading (cancelling the download) as soon as the body goes past
 * it, so a 20 MB page costs 10 MB of traffic, not 20.
 */
final class CappedBody implements BodySubscriber<CappedBody.Bytes> {
    private final long limit;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    /**
     * A body read, or the part of it read before the limit.
     *
     * @param bytes     the bytes read
     * @param truncated true when the body was longer than the limit and reading stopped
     */
    record Bytes(byte[] bytes, boolean truncated) {
    }

    CappedBody(long limit) {
        this.limit = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            out.writeBytes(chunk);
            if (out.size() > limit) {
                subscription.cancel();
                result.complete(new Bytes(out.toByteArray(), true));
                return;
            }
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(out.toByteArray(), false));
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }
}
