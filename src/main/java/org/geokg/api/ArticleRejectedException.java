package org.geokg.api;

import org.geokg.ingest.IngestResult;

/** An input that yielded no article; 422 when the input is at fault, 502 when its page could not be fetched. */
final class ArticleRejectedException extends RuntimeException {
  private final IngestResult.Kind kind;

  ArticleRejectedException(IngestResult.Rejected rejected) {
    super(rejected.reason());
    this.kind = rejected.kind();
  }

  IngestResult.Kind kind() {
    return kind;
  }
}
