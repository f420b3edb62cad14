package org.geokg.ingest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each ingestion stage, summed over all threads, and tokens analysed; for the
 * throughput benchmark and monitoring. Thread-safe.
 */
public final class StageTimes {

  /** The stages of one article's ingestion. */
  public enum Stage { READ, NLP, ACTORS, EVENTS, WRITE }

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
  private final LongAdder tokens = new LongAdder();

  public StageTimes() {
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
    }
  }

  void add(Stage stage, long elapsedNanos) {
    nanos.get(stage).add(elapsedNanos);
  }

  void addTokens(int n) {
    tokens.add(n);
  }

  /** Total time per stage since creation or the last {@link #reset}. */
  public Map<Stage, Duration> totals() {
    Map<Stage, Duration> out = new EnumMap<>(Stage.class);
    nanos.forEach((s, n) -> out.put(s, Duration.ofNanos(n.sum())));
    return out;
  }

  public long tokens() {
    return tokens.sum();
  }

  public void reset() {
    nanos.values().forEach(LongAdder::reset);
    tokens.reset();
  }
}
