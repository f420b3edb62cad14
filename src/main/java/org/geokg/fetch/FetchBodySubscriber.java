package org.geokg.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit and cancels the transfer as soon as the limit is
 * passed, so an endless or huge body costs no more than the limit. With a limit of -1 the body is
 * not read at all (the connection is dropped), for error pages and redirects.
 *
 * <p>One instance per response; the HTTP client calls it serially.
 */
final class FetchBodySubscriber implements HttpResponse.BodySubscriber<FetchBodySubscriber.Outcome> {

  sealed interface Outcome {
    record Complete(byte[] bytes) implements Outcome {}

    record TooLarge() implements Outcome {}

    record Skipped() implements Outcome {}
  }

  private final long limit;
  private final CompletableFuture<Outcome> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private Flow.Subscription subscription;
  private boolean done;

  private FetchBodySubscriber(long limit) {
    this.limit = limit;
  }

  static FetchBodySubscriber upTo(long limit) {
    return new FetchBodySubscriber(limit);
  }

  static FetchBodySubscriber skipping() {
    return new FetchBodySubscriber(-1);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (limit < 0) {
      finish(new Outcome.Skipped());
      return;
    }
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (done) {
      return;
    }
    for (ByteBuffer item : items) {
      int n = item.remaining();
      if (buffer.size() + (long) n > limit) {
        finish(new Outcome.TooLarge());
        return;
      }
      byte[] chunk = new byte[n];
      item.get(chunk);
      buffer.writeBytes(chunk);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable throwable) {
    done = true;
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    if (!done) {
      done = true;
      result.complete(new Outcome.Complete(buffer.toByteArray()));
    }
  }

  @Override
  public CompletionStage<Outcome> getBody() {
    return result;
  }

  private void finish(Outcome outcome) {
    done = true;
    subscription.cancel();
    result.complete(outcome);
  }
}
