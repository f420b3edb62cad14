package org.geokg.api;

import org.geokg.ingest.IngestResult;
import org.springframework.http.HttpStatus;

/**
 * An input that yielded nothing to store: 422 when the input is at fault (no article, not English),
 * 403 when its URL points where geokg does not fetch (loopback, private, metadata), 502 when its page
 * could not be fetched.
 */
final class ArticleRejectedException extends RuntimeException {
  private final HttpStatus status;
  private final String title;

  private ArticleRejectedException(HttpStatus status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  static ArticleRejectedException of(IngestResult.Rejected rejected) {
    return switch (rejected.kind()) {
      case FETCH_FAILED -> new ArticleRejectedException(HttpStatus.BAD_GATEWAY, "Page could not be fetched",
          rejected.reason());
      case NO_ARTICLE -> new ArticleRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, "No article in the input",
          rejected.reason());
      case REFUSED -> new ArticleRejectedException(HttpStatus.FORBIDDEN, "URL not allowed", rejected.reason());
    };
  }

  static ArticleRejectedException of(IngestResult.NotEnglish skipped) {
    return new ArticleRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, "Article not in English",
        "the article is written in " + skipped.language() + "; geokg analyses English articles only");
  }

  HttpStatus status() {
    return status;
  }

  String title() {
    return title;
  }
}
