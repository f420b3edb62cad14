package org.geokg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the benchmarks and the training share: reading a gold file's array, running the pipeline over it. */
final class GoldFiles {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private GoldFiles() {}

  /** The JSON array of {@code file}; anything else is an error naming the file and what it should hold. */
  static JsonNode array(Path file, String items) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (!root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JSON array of " + items);
    }
    return root;
  }

  /**
   * {@code work} applied to each item on {@code threads} workers, results in the items' order; the
   * first failure stops the run, reported as the failure of {@code task}.
   */
  static <T, R> List<R> inParallel(List<T> items, int threads, Function<T, R> work, String task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      List<R> out = new ArrayList<>();
      for (Future<R> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(task + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
