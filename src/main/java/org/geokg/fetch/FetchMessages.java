package org.geokg.fetch;

import java.time.Duration;
import java.util.Map;

/** Wording of fetch failures, so that every reason reads the same way. */
final class FetchMessages {

  private FetchMessages() {}

  // java.net.http does not expose the reason phrase, and HTTP/2 has none; these are the common ones.
  private static final Map<Integer, String> PHRASES =
      Map.ofEntries(
          Map.entry(204, "No Content"),
          Map.entry(205, "Reset Content"),
          Map.entry(300, "Multiple Choices"),
          Map.entry(301, "Moved Permanently"),
          Map.entry(302, "Found"),
          Map.entry(303, "See Other"),
          Map.entry(304, "Not Modified"),
          Map.entry(307, "Temporary Redirect"),
          Map.entry(308, "Permanent Redirect"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(402, "Payment Required"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(407, "Proxy Authentication Required"),
          Map.entry(408, "Request Timeout"),
          Map.entry(410, "Gone"),
          Map.entry(414, "URI Too Long"),
          Map.entry(418, "I'm a teapot"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(451, "Unavailable For Legal Reasons"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(501, "Not Implemented"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  /** "404 Not Found", or just "599" for a code without a well-known phrase. */
  static String status(int code) {
    String phrase = PHRASES.get(code);
    return phrase == null ? Integer.toString(code) : code + " " + phrase;
  }

  /** "5 MB", "512 KB", "300 bytes" (binary multiples, as people read them). */
  static String size(long bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MB";
    }
    if (bytes >= 1 << 20) {
      return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
    }
    if (bytes >= 1 << 10) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return bytes + (bytes == 1 ? " byte" : " bytes");
  }

  /** "10 s", "1.5 s", "500 ms". */
  static String duration(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms % 1000 == 0) {
      return (ms / 1000) + " s";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
