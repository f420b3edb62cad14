package org.geokg.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * The outcome of {@link PageFetcher#fetch(URI)}: a decoded page, or why there is none.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface FetchResult permits FetchResult.Page, FetchResult.Failed {

  /**
   * A fetched page.
   *
   * @param finalUrl the URL the page came from, after redirects (without fragment)
   * @param contentType the media type without parameters, lower case: {@code text/html}, {@code
   *     application/xhtml+xml} or {@code text/plain}
   * @param body the body decoded to text (charset from the header, a BOM or a meta tag; UTF-8 by
   *     default; undecodable bytes replaced by U+FFFD)
   */
  record Page(URI finalUrl, String contentType, String body) implements FetchResult {
    public Page {
      Objects.requireNonNull(finalUrl, "finalUrl");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(body, "body");
    }
  }

  /**
   * No page, for a reason a user can read in one line (e.g. "https://x/y answered 404 Not Found");
   * {@code refused}: the address guard refused the URL (or a redirect's), so nothing was requested.
   */
  record Failed(String reason, boolean refused) implements FetchResult {
    /** A request that failed. */
    public Failed(String reason) {
      this(reason, false);
    }

    public Failed {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a failure needs a reason");
      }
      if (reason.indexOf('\n') >= 0 || reason.indexOf('\r') >= 0) {
        reason = reason.replaceAll("[\\r\\n]+", " ");
      }
    }
  }
}
