package org.geokg.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * A one-line progress display on a terminal, for {@code ingest} and {@code spark-ingest}: count, rate
 * and time left, redrawn at most five times a second. Thread-safe.
 */
public final class ProgressBar {
  private final PrintStream err;
  private final boolean enabled;
  private long lastDraw;

  public ProgressBar(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  public synchronized void update(int done, int total, Duration elapsed) {
    long now = System.nanoTime();
    if (!enabled || now - lastDraw < 200_000_000L && done != total) {
      return;
    }
    lastDraw = now;
    err.print("\r" + line(done, total, elapsed));
    err.flush();
  }

  public void finish() {
    if (enabled && lastDraw != 0) {
      err.println();
    }
  }

  public static String line(int done, int total, Duration elapsed) {
    double seconds = Math.max(elapsed.toMillis() / 1000.0, 0.001);
    double rate = done / seconds;
    if (total <= 0) {
      return String.format(Locale.ROOT, "%d articles  %.2f/s  %s", done, rate, clock((long) seconds));
    }
    int width = 30;
    int filled = (int) Math.round(width * Math.min(1.0, done / (double) total));
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    return String.format(Locale.ROOT, "[%s%s] %d/%d  %.2f/s  ETA %s", "#".repeat(filled),
        " ".repeat(width - filled), done, total, rate, clock(eta));
  }

  private static String clock(long s) {
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
