package org.geokg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.geokg.graph.GraphUnavailableException;
import org.geokg.graph.GraphWriter;
import org.geokg.ingest.ArticlePipeline;
import org.geokg.ingest.IngestResult;
import org.geokg.ingest.IngestService;
import org.geokg.nlp.CoreNlpAnnotator;
import org.neo4j.driver.Driver;

/**
 * The {@code spark-ingest} job: the inputs, listed on the driver as {@link InputItem}s, are spread
 * over the executors as partitions; each executor JVM builds the pipeline once ({@link #ingestService})
 * and runs {@code ingest}'s own code on every item ({@link IngestService}: read, skip unless English,
 * NLP, actors, events, then {@link GraphWriter}: the analysts' decisions applied and the article's
 * graph written with {@code MERGE} on the constrained keys in one managed write transaction). A retried
 * task therefore writes nothing twice: what its failed attempt stored is found unchanged. The counts
 * are Spark accumulators updated in the action, which Spark applies once per partition whatever the
 * retries.
 */
public final class SparkIngestJob {

  private SparkIngestJob() {}

  /**
   * What the executors need besides the items.
   *
   * @param neo4j where to write
   * @param publishedAt the publication date to give every article, or null (as {@code --published-at})
   * @param failOncePartition for tests of retries: the first attempt of this partition fails after
   *     its first item is written; -1 for none
   */
  public record Settings(Neo4jTarget neo4j, LocalDate publishedAt, int failOncePartition) implements Serializable {
    public Settings {
      if (neo4j == null) {
        throw new IllegalArgumentException("a job needs a Neo4j target");
      }
    }
  }

  /** What a run did, as {@code ingest} reports it; {@code failures} holds at most {@link FailureList#MAX} lines. */
  public record Summary(long total, long stored, long unchanged, long duplicates, long notEnglish, long failed,
      long relations, List<String> failures, Duration elapsed) {
    public Summary {
      failures = List.copyOf(failures);
    }
  }

  /** Told every half second while the job runs: inputs done so far by finished tasks. */
  @FunctionalInterface
  public interface Progress {
    void update(int done, int total, Duration elapsed);
  }

  /** The accumulators of one run, shipped with the partition function. */
  private record Counters(LongAccumulator done, LongAccumulator stored, LongAccumulator unchanged,
      LongAccumulator duplicates, LongAccumulator notEnglish, LongAccumulator failed, LongAccumulator relations,
      FailureList failures) implements Serializable {}

  /**
   * Ingests {@code items} in {@code partitions} partitions on the cluster of {@code sc}. The graph must
   * have been prepared ({@link org.geokg.graph.GraphSchema#prepare}).
   */
  public static Summary run(JavaSparkContext sc, List<InputItem> items, Settings settings, int partitions,
      Progress progress) {
    long start = System.nanoTime();
    FailureList failures = new FailureList();
    sc.sc().register(failures, "failures");
    Counters c = new Counters(sc.sc().longAccumulator("done"), sc.sc().longAccumulator("stored"),
        sc.sc().longAccumulator("unchanged"), sc.sc().longAccumulator("duplicates"),
        sc.sc().longAccumulator("not English"), sc.sc().longAccumulator("failed"),
        sc.sc().longAccumulator("relations"), failures);
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "spark-ingest-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(() -> progress.update((int) c.done().sum(), items.size(),
        Duration.ofNanos(System.nanoTime() - start)), 500, 500, TimeUnit.MILLISECONDS);
    try {
      sc.parallelize(items, Math.max(1, Math.min(partitions, items.size())))
          .foreachPartition(part -> ingestPartition(part, settings, c));
    } finally {
      ticker.shutdownNow();
    }
    progress.update((int) c.done().sum(), items.size(), Duration.ofNanos(System.nanoTime() - start));
    return new Summary(items.size(), c.stored().sum(), c.unchanged().sum(), c.duplicates().sum(),
        c.notEnglish().sum(), c.failed().sum(), c.relations().sum(), failures.value(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Runs on an executor: every item of one partition, as {@code ingest}'s workers run each input. */
  private static void ingestPartition(Iterator<InputItem> items, Settings settings, Counters c) {
    IngestService ingest = ingestService(settings.neo4j());
    TaskContext task = TaskContext.get();
    boolean fault = task != null && task.partitionId() == settings.failOncePartition() && task.attemptNumber() == 0;
    while (items.hasNext()) {
      InputItem item = items.next();
      try {
        switch (ingest.ingest(item.load(settings.publishedAt()))) {
          case IngestResult.Ingested ok -> {
            c.stored().add(1);
            if (ok.unchanged()) {
              c.unchanged().add(1);
            }
            c.relations().add(ok.graph().relations().size());
          }
          case IngestResult.Duplicate d -> c.duplicates().add(1);
          case IngestResult.NotEnglish n -> c.notEnglish().add(1);
          case IngestResult.Rejected r -> fail(c, item, r.reason());
        }
      } catch (GraphUnavailableException e) {
        throw e; // the database is unreachable: the task fails and Spark retries it (writes are idempotent)
      } catch (IOException | RuntimeException e) {
        fail(c, item, e.getMessage() == null ? e.toString() : e.getMessage());
      }
      c.done().add(1);
      if (fault) {
        throw new IllegalStateException("fault injected after the first item of partition " + task.partitionId());
      }
    }
  }

  private static void fail(Counters c, InputItem item, String reason) {
    c.failed().add(1);
    c.failures().add(item.name() + ": " + reason);
  }

  /** One ingest service per executor JVM and target: the NLP models load once, the driver's pool is shared. */
  private static final Map<Neo4jTarget, IngestService> SERVICES = new ConcurrentHashMap<>();

  /**
   * The executor's ingest service for {@code target}, built on first use (the models take tens of
   * seconds to load; the tasks of this JVM wait for the one load) from the same stages as the
   * application's ({@link ArticlePipeline#standalone}).
   */
  static IngestService ingestService(Neo4jTarget target) {
    return SERVICES.computeIfAbsent(target, t -> {
      Driver driver = t.open();
      Runtime.getRuntime().addShutdownHook(new Thread(driver::close, "neo4j-driver-close"));
      return IngestService.of(ArticlePipeline.standalone(CoreNlpAnnotator.shared()), GraphWriter.over(driver));
    });
  }
}
