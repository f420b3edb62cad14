package org.geokg.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.geokg.article.ArticleInput;
import org.geokg.graph.GraphUnavailableException;

/**
 * Ingests a stream of inputs on several threads: each worker reads (fetches, extracts), runs the
 * pipeline and writes one article in its own transaction, so fetching, NLP and writes of different
 * articles overlap. At most {@code 2 x workers} inputs are in flight, so memory stays flat on an
 * endless stream. One failing input is reported and never stops the batch.
 *
 * <p>One {@link #run} at a time per instance.
 */
public final class BatchIngester {

  /** One input of a batch, loaded only when a worker takes it. */
  public record Item(String name, Loader loader) {}

  /** Produces the input; may read a file or a network resource. */
  @FunctionalInterface
  public interface Loader {
    ArticleInput load() throws IOException;
  }

  /** An input that was not stored, and why. */
  public record Failure(String name, String reason) {}

  /**
   * What a batch did; {@code notEnglish} counts articles skipped for their language; {@code latencies}
   * holds each input's time from load to stored, in completion order.
   */
  public record Report(
      int total, int ingested, int unchanged, int duplicates, int notEnglish, int failed, int relations,
      List<Failure> failures, Duration elapsed, List<Duration> latencies) {
    public Report {
      failures = List.copyOf(failures);
      latencies = List.copyOf(latencies);
    }
  }

  /** Told after each input; {@code total} is -1 while unknown. */
  @FunctionalInterface
  public interface Progress {
    void update(int done, int total, Duration elapsed);
  }

  private final IngestService ingest;
  private final int workers;

  public BatchIngester(IngestService ingest, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1");
    }
    this.ingest = ingest;
    this.workers = workers;
  }

  /** Longest wait for an unreachable graph database before an input counts as failed. */
  static final Duration MAX_WAIT = Duration.ofMinutes(10);

  /**
   * Ingests one input; while the graph database is unreachable, waits and tries again with growing
   * pauses (1 s, 2 s, 4 s ... up to a minute apart, {@link #MAX_WAIT} in all), so that nothing taken
   * from the stream is lost to an outage. Each try is a whole transaction: nothing is half-written.
   */
  private IngestResult ingestWaitingForTheGraph(ArticleInput input) {
    long deadline = System.nanoTime() + MAX_WAIT.toNanos();
    long pause = 1000;
    while (true) {
      try {
        return ingest.ingest(input);
      } catch (GraphUnavailableException e) {
        if (System.nanoTime() + pause * 1_000_000 > deadline) {
          throw e;
        }
        try {
          Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        pause = Math.min(pause * 2, 60_000);
      }
    }
  }

  public Report run(Iterator<Item> items, int total, Progress progress) {
    long start = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger stored = new AtomicInteger();
    AtomicInteger unchanged = new AtomicInteger();
    AtomicInteger duplicates = new AtomicInteger();
    AtomicInteger notEnglish = new AtomicInteger();
    AtomicInteger relations = new AtomicInteger();
    List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    List<Duration> latencies = Collections.synchronizedList(new ArrayList<>());
    Semaphore inFlight = new Semaphore(2 * workers);
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "ingest-worker");
      t.setDaemon(true);
      return t;
    });
    int submitted = 0;
    try {
      while (true) {
        Item item;
        try {
          if (!items.hasNext()) {
            break;
          }
          item = items.next();
        } catch (RuntimeException e) {
          failures.add(new Failure("input " + (submitted + 1), "cannot read: " + e.getMessage()));
          break; // a broken source (a truncated archive, say) ends the batch with what came before
        }
        inFlight.acquireUninterruptibly();
        submitted++;
        pool.execute(() -> {
          long itemStart = System.nanoTime();
          try {
            ArticleInput input = item.loader().load();
            switch (ingestWaitingForTheGraph(input)) {
              case IngestResult.Ingested ok -> {
                stored.incrementAndGet();
                if (ok.unchanged()) {
                  unchanged.incrementAndGet();
                }
                relations.addAndGet(ok.graph().relations().size());
              }
              case IngestResult.Duplicate d -> duplicates.incrementAndGet();
              case IngestResult.NotEnglish n -> notEnglish.incrementAndGet();
              case IngestResult.Rejected r -> failures.add(new Failure(item.name(), r.reason()));
            }
          } catch (IOException | RuntimeException e) {
            failures.add(new Failure(item.name(), e.getMessage() == null ? e.toString() : e.getMessage()));
          } finally {
            latencies.add(Duration.ofNanos(System.nanoTime() - itemStart));
            inFlight.release();
            progress.update(done.incrementAndGet(), total, Duration.ofNanos(System.nanoTime() - start));
          }
        });
      }
    } finally {
      pool.shutdown();
      try {
        while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
          // keep waiting: each article ends by itself (bounded fetch and NLP time)
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    return new Report(submitted, stored.get(), unchanged.get(), duplicates.get(), notEnglish.get(), failures.size(),
        relations.get(), failures, Duration.ofNanos(System.nanoTime() - start), latencies);
  }
}
