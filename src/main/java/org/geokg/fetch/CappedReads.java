package org.geokg.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a whole stream into memory, but never more than a cap: a page, a WARC record, standard
 * input or a gzip body that is larger (a gzip bomb included) costs at most the cap in memory and
 * the time to read that far. Stateless and thread-safe.
 */
public final class CappedReads {

  private CappedReads() {}

  /** Thrown when a stream holds more than the cap; its message names the cap. */
  public static final class TooLargeException extends IOException {
    TooLargeException(long max) {
      super("input larger than " + (max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max + " bytes"));
    }
  }

  /** All bytes of {@code in} (not closed), or {@link TooLargeException} once they pass {@code max}. */
  public static byte[] readAll(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, 1 << 16));
    byte[] chunk = new byte[1 << 16];
    long total = 0;
    for (int n; (n = in.read(chunk)) > 0; ) {
      total += n;
      if (total > max) {
        throw new TooLargeException(max);
      }
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }
}
