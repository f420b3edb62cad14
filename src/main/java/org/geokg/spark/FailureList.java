package org.geokg.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.util.AccumulatorV2;

/**
 * A Spark accumulator of failure lines ("input: reason"), keeping the first {@link #MAX} so that a
 * run with millions of bad inputs cannot fill the driver's memory; the count of failures is a
 * separate counter. Like every accumulator updated in an action, a retried task's lines count once.
 */
final class FailureList extends AccumulatorV2<String, List<String>> {

  /** Most failure lines kept. */
  static final int MAX = 200;

  private final ArrayList<String> lines = new ArrayList<>();

  @Override
  public boolean isZero() {
    synchronized (lines) {
      return lines.isEmpty();
    }
  }

  @Override
  public FailureList copy() {
    FailureList c = new FailureList();
    synchronized (lines) {
      c.lines.addAll(lines);
    }
    return c;
  }

  @Override
  public void reset() {
    synchronized (lines) {
      lines.clear();
    }
  }

  @Override
  public void add(String line) {
    synchronized (lines) {
      if (lines.size() < MAX) {
        lines.add(line);
      }
    }
  }

  @Override
  public void merge(AccumulatorV2<String, List<String>> other) {
    for (String l : other.value()) {
      add(l);
    }
  }

  @Override
  public List<String> value() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }
}
