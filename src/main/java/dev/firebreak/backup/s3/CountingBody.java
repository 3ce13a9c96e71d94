package dev.firebreak.backup.s3;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.async.AsyncRequestBody;

/** An upload's bytes counted as the SDK reads them, for the progress bar. */
final class CountingBody implements AsyncRequestBody {
    private final AsyncRequestBody body;
    private final AtomicLong sent;

    CountingBody(AsyncRequestBody body, AtomicLong sent) {
        this.body = body;
        this.sent = sent;
    }

    @Override
    public Optional<Long> contentLength() {
        return body.contentLength();
    }

    @Override
    public String contentType() {
        return body.contentType();
    }

    @Override
    public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
        body.subscribe(new Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                sent.addAndGet(buffer.remaining());
                subscriber.onNext(buffer);
            }

            @Override
            public void onError(Throwable error) {
                subscriber.onError(error);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
            }
        });
    }
}
