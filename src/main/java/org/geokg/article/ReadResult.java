package org.geokg.article;

/** The outcome of reading an {@link ArticleInput}: an article, or why there is none. */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Unreadable {

  /** The article. */
  record Read(Article article) implements ReadResult {}

  /**
   * No article: {@code reason} is one line for the user; {@code fetchFailed} says the page could
   * not be fetched (as opposed to holding no article).
   */
  record Unreadable(String reason, boolean fetchFailed) implements ReadResult {
    public Unreadable {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a reason is required");
      }
    }
  }
}
