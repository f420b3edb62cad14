package org.geokg.article;

import java.util.Objects;

/**
 * The outcome of extracting an article from a page: either the article, or the reason there is none.
 * Immutable and thread-safe.
 */
public sealed interface ExtractionResult permits ExtractionResult.Extracted, ExtractionResult.NoArticle {

  /** An article was found. */
  record Extracted(Article article) implements ExtractionResult {
    public Extracted {
      Objects.requireNonNull(article, "article");
    }
  }

  /** No article was found; {@code reason} is a short human sentence. */
  record NoArticle(String reason) implements ExtractionResult {
    public NoArticle {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a reason is required");
      }
    }
  }
}
